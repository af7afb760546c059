package com.servicedesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.security.BranchScope;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Business applications over every (state, action, role), the checklist, and the four-eyes rule. */
class BusinessApplicationLifecycleTest {

    static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
    static final ApplicationType CARD = type("CARD_REPLACEMENT", "ID_CARD", "REPLACEMENT_FORM", "OLD_CARD_OR_LOSS");
    static final Set<String> ALL_DOCUMENTS = Set.of("ID_CARD", "REPLACEMENT_FORM", "OLD_CARD_OR_LOSS");
    static final ApplicationCommand FULL = new ApplicationCommand("资料齐全", ALL_DOCUMENTS, null);

    static final Caller MAKER = caller("agent", Role.AGENT);
    static final Caller CHECKER = caller("supervisor", Role.SUPERVISOR);

    static Caller caller(String name, Role role) {
        return new Caller(name, name, role, "BJ01", "NORTH", BranchScope.of(Set.of("BJ01")));
    }

    /** A type whose documents have been required since 2020. */
    static ApplicationType type(String code, String... documents) {
        List<ApplicationType.RequiredDocument> docs = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            docs.add(new ApplicationType.RequiredDocument(documents[i], documents[i], documents[i], i, LocalDate.of(2020, 1, 1)));
        }
        return ApplicationType.of(code, code, code, docs);
    }

    static BusinessApplication draft(Set<String> documents) {
        return new BusinessApplication("YW-20261102-000001", 1L, "BJ01", CARD, "补办借记卡", documents, MAKER, T0);
    }

    static BusinessApplication inState(ApplicationStatus status) {
        BusinessApplication a = draft(ALL_DOCUMENTS);
        List<Object[]> path = switch (status) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.<Object[]>of(new Object[] {ApplicationAction.SUBMIT, MAKER});
            case UNDER_REVIEW -> List.of(new Object[] {ApplicationAction.SUBMIT, MAKER},
                    new Object[] {ApplicationAction.START_REVIEW, CHECKER});
            case APPROVED, RETURNED, REJECTED -> List.of(new Object[] {ApplicationAction.SUBMIT, MAKER},
                    new Object[] {ApplicationAction.START_REVIEW, CHECKER},
                    new Object[] {status == ApplicationStatus.APPROVED ? ApplicationAction.APPROVE
                            : status == ApplicationStatus.RETURNED ? ApplicationAction.RETURN : ApplicationAction.REJECT, CHECKER});
            case PROCESSING, COMPLETED -> {
                List<Object[]> p = new ArrayList<>(List.of(new Object[] {ApplicationAction.SUBMIT, MAKER},
                        new Object[] {ApplicationAction.START_REVIEW, CHECKER},
                        new Object[] {ApplicationAction.APPROVE, CHECKER},
                        new Object[] {ApplicationAction.START_PROCESSING, MAKER}));
                if (status == ApplicationStatus.COMPLETED) {
                    p.add(new Object[] {ApplicationAction.COMPLETE, MAKER});
                }
                yield p;
            }
        };
        for (Object[] step : path) {
            a.perform((ApplicationAction) step[0], FULL, CARD, (Caller) step[1], T0);
        }
        assertEquals(status, a.status());
        return a;
    }

    static Stream<Arguments> everyStateActionAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            for (ApplicationAction a : ApplicationAction.values()) {
                for (Role r : Role.values()) {
                    all.add(Arguments.of(s, a, r));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyStateActionAndRole")
    void theTableDecidesThenTheRoleThenFourEyes(ApplicationStatus state, ApplicationAction action, Role role) {
        BusinessApplication a = inState(state);
        Caller by = caller("third-person", role);
        boolean listed = a.allowedActions(by).contains(action);
        if (!action.allowedIn(state)) {
            assertThrows(IllegalTransitionException.class, () -> a.perform(action, FULL, CARD, by, T0));
            assertFalse(listed);
        } else if (!action.allowedFor(role)) {
            assertThrows(ForbiddenException.class, () -> a.perform(action, FULL, CARD, by, T0));
            assertFalse(listed);
        } else {
            a.perform(action, FULL, CARD, by, T0);
            assertTrue(listed);
            assertEquals(action.target(), a.status());
        }
    }

    @Test
    void theMakerNeverReviewsWhateverTheRole() {
        Caller supervisorMaker = caller("maker-supervisor", Role.SUPERVISOR);
        BusinessApplication a = new BusinessApplication("YW-1", 1L, "BJ01", CARD, "x", ALL_DOCUMENTS, supervisorMaker, T0);
        a.perform(ApplicationAction.SUBMIT, FULL, CARD, supervisorMaker, T0);
        ConflictException e = assertThrows(ConflictException.class,
                () -> a.perform(ApplicationAction.START_REVIEW, FULL, CARD, supervisorMaker, T0));
        assertEquals("four-eyes", e.code());
        assertFalse(a.allowedActions(supervisorMaker).contains(ApplicationAction.START_REVIEW));
        a.perform(ApplicationAction.START_REVIEW, FULL, CARD, CHECKER, T0);
        assertThrows(ConflictException.class, () -> a.perform(ApplicationAction.APPROVE, FULL, CARD, supervisorMaker, T0));
    }

    @Test
    void whoeverResubmitsAReturnedApplicationBecomesAMakerToo() {
        BusinessApplication a = inState(ApplicationStatus.RETURNED);
        Caller colleague = caller("bj01.supervisor2", Role.SUPERVISOR);
        a.perform(ApplicationAction.SUBMIT, FULL, CARD, colleague, T0);
        assertEquals(Set.of("agent", "bj01.supervisor2"), a.submitters());
        assertThrows(ConflictException.class, () -> a.perform(ApplicationAction.START_REVIEW, FULL, CARD, colleague, T0));
        a.perform(ApplicationAction.START_REVIEW, FULL, CARD, CHECKER, T0);
        assertEquals(2, a.submitCount());
    }

    @Test
    void theChecklistMustBeCompleteBeforeSubmitting() {
        BusinessApplication a = draft(Set.of("ID_CARD"));
        assertEquals(List.of("REPLACEMENT_FORM", "OLD_CARD_OR_LOSS"), a.missingDocuments(CARD));
        ConflictException e = assertThrows(ConflictException.class, () -> a.perform(ApplicationAction.SUBMIT,
                ApplicationCommand.note(null), CARD, MAKER, T0));
        assertEquals("checklist-incomplete", e.code());
        assertEquals(ApplicationStatus.DRAFT, a.status());
        a.perform(ApplicationAction.SUBMIT, new ApplicationCommand(null, ALL_DOCUMENTS, "补齐材料"), CARD, MAKER, T0);
        assertEquals(ApplicationStatus.SUBMITTED, a.status());
        assertEquals("补齐材料", a.description());
        assertThrows(InvalidInputException.class, () -> draft(Set.of("PASSPORT")));
    }

    @Test
    void returningAndRejectingNeedAReason() {
        BusinessApplication a = inState(ApplicationStatus.UNDER_REVIEW);
        assertThrows(InvalidInputException.class, () -> a.perform(ApplicationAction.RETURN, ApplicationCommand.note(""),
                CARD, CHECKER, T0));
        a.perform(ApplicationAction.REJECT, ApplicationCommand.note("不符合办理条件"), CARD, CHECKER, T0);
        assertEquals("不符合办理条件", a.reviewNote());
        assertEquals("supervisor", a.reviewer());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(ApplicationStatus.class)
    void aFileProvidesAChecklistItemOnlyWhileTheMakerMayChangeTheApplication(ApplicationStatus status) {
        BusinessApplication a = inState(status);
        if (status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED) {
            a.provideFile(CARD, "ID_CARD", 41L);
            assertEquals(java.util.Map.of("ID_CARD", 41L), a.documentFiles());
            assertTrue(a.documents().contains("ID_CARD"));
        } else {
            ConflictException e = assertThrows(ConflictException.class, () -> a.provideFile(CARD, "ID_CARD", 41L));
            assertEquals("checklist-closed", e.code());
            assertTrue(a.documentFiles().isEmpty());
        }
    }

    @Test
    void aFileForADocumentOutsideTheChecklistIsRefusedAndChangesNothing() {
        BusinessApplication a = draft(Set.of());
        assertThrows(InvalidInputException.class, () -> a.provideFile(CARD, "PASSPORT", 41L));
        assertTrue(a.documentFiles().isEmpty());
        assertEquals(Set.of(), a.documents());
        a.provideFile(CARD, "OLD_CARD_OR_LOSS", 42L);
        a.provideFile(CARD, "OLD_CARD_OR_LOSS", 43L);
        assertEquals(java.util.Map.of("OLD_CARD_OR_LOSS", 43L), a.documentFiles(), "a later file replaces the earlier one");
        assertEquals(List.of("ID_CARD", "REPLACEMENT_FORM"), a.missingDocuments(CARD));
    }
}
