package com.servicedesk.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house (DESIGN.md §2) over the classes of every module: dependencies point inward,
 * web → domain → reports; the reports module knows nothing of EJB or JPA; the domain nothing of HTTP
 * or Faces; and no two bounded contexts depend on each other.
 */
class ArchitectureTest {

    /** The packages of the domain and its services (ejb-module), one per bounded context. */
    private static final String[] DOMAIN = {"com.servicedesk.application..", "com.servicedesk.assessment..", "com.servicedesk.attachment..",
        "com.servicedesk.audit..", "com.servicedesk.calendar..", "com.servicedesk.complaint..",
        "com.servicedesk.customer..", "com.servicedesk.events..", "com.servicedesk.followup..", "com.servicedesk.notification..", "com.servicedesk.organisation..",
        "com.servicedesk.platform..", "com.servicedesk.reference..", "com.servicedesk.reporting..", "com.servicedesk.retention..",
        "com.servicedesk.search..", "com.servicedesk.security..", "com.servicedesk.servicerequest..", "com.servicedesk.shared..",
        "com.servicedesk.workqueue.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.servicedesk");
    }

    @Test
    void theReportsModuleRendersWhatItIsGivenAndKnowsNothingOfTheServerOrTheDomain() {
        noClasses().that().resideInAPackage("com.servicedesk.reports..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN)
                .orShould().dependOnClassesThat().resideInAPackage("com.servicedesk.web..")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..",
                        "jakarta.enterprise..", "jakarta.transaction..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfHttpFacesOrTheWebModule() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("com.servicedesk.web..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "jakarta.faces..", "org.primefaces..", "org.omnifaces..")
                .check(classes);
    }

    @Test
    void noTwoBoundedContextsDependOnEachOther() {
        slices().matching("com.servicedesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRulesSeeEveryLayer() {
        // a rule over no classes passes vacuously: make sure all three modules were imported
        for (String pkg : new String[] {"com.servicedesk.reports", "com.servicedesk.complaint", "com.servicedesk.web.api"}) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(pkg))) {
                throw new AssertionError("no classes of " + pkg + " on the test class path");
            }
        }
    }
}
