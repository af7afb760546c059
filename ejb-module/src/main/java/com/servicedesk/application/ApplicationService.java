package com.servicedesk.application;

import com.servicedesk.attachment.AttachmentService;
import com.servicedesk.attachment.AttachmentView;
import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.customer.Customer;
import com.servicedesk.events.DomainEvent;
import com.servicedesk.events.DomainEventType;
import com.servicedesk.events.DomainEvents;
import com.servicedesk.platform.ReferenceNumbers;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Queries;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Business application use cases: the maker's draft and submission, the checker's review, completion. */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ApplicationService {

    public static final String AUDIT_TYPE = "BusinessApplication";
    public static final String REFERENCE_PREFIX = "YW";
    public static final String REFERENCE_SEQUENCE = "application_reference_seq";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DomainEvents events;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private ReferenceNumbers references;

    @EJB
    private AttachmentService attachments;

    @Inject
    private TimeSource time;

    @PermitAll
    public List<ApplicationTypeView> types() {
        return em.createQuery("select t from ApplicationType t order by t.sortOrder", ApplicationType.class)
                .getResultStream()
                .map(t -> new ApplicationTypeView(t.code(), t.nameZh(), t.nameEn(), t.documents(time.today()).stream()
                        .map(d -> new ApplicationTypeView.Document(d.code(), d.nameZh(), d.nameEn())).toList()))
                .toList();
    }

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ApplicationView create(NewApplication input) {
        Caller caller = callers.current();
        Instant now = time.now();
        List<Violation> violations = new ArrayList<>();
        Customer customer = em.find(Customer.class, input.customerId());
        if (customer == null || !caller.scope().includes(customer.branchCode())) {
            violations.add(new Violation("customerId", "no such customer in your branches"));
        }
        ApplicationType type = em.find(ApplicationType.class, input.type());
        if (type == null) {
            violations.add(new Violation("type", "is not an application type (see /reference/application-types)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        BusinessApplication application = new BusinessApplication(
                references.next(REFERENCE_PREFIX, REFERENCE_SEQUENCE, now), customer.id(), customer.branchCode(), type,
                input.description().strip(), input.documents() == null ? Set.of() : input.documents(), caller, now);
        em.persist(application);
        em.flush();
        audit.recordFirst(AuditEvent.of(AUDIT_TYPE, application.id(), "CREATE").withStates(null, snapshot(application)));
        return view(application, type, caller, customer.name());
    }

    public ApplicationView get(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        BusinessApplication application = load(caller, id);
        return view(application, type(application), caller, customerName(application.customerId()));
    }

    public List<HistoryEntry> history(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        load(caller, id);
        return audit.history(AUDIT_TYPE, id);
    }

    public Page<ApplicationSummary> list(ApplicationFilter filter, PageRequest page) {
        return query(filter, false, page);
    }

    /** How many applications in the caller's scope the filter lists. */
    public long count(ApplicationFilter filter) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Queries.Criteria criteria = criteria(caller, filter, false);
        return Queries.create(em, "select count(a) from BusinessApplication a" + criteria.where(), Long.class,
                criteria.params()).getSingleResult();
    }

    /** The checker's queue: submitted applications in scope that the caller neither made nor submitted. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Page<ApplicationSummary> reviewQueue(PageRequest page) {
        return query(new ApplicationFilter(Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW), null,
                null, null), true, page);
    }

    private Page<ApplicationSummary> query(ApplicationFilter filter, boolean notMine, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Queries.Criteria criteria = criteria(caller, filter, notMine);
        TypedQuery<Object[]> items = Queries.create(em, "select a, cu.name from BusinessApplication a, Customer cu"
                + criteria.where() + " and cu.id = a.customerId order by a.createdAt desc, a.id desc", Object[].class,
                criteria.params());
        TypedQuery<Long> count = Queries.create(em, "select count(a) from BusinessApplication a" + criteria.where(),
                Long.class, criteria.params());
        List<ApplicationSummary> rows = items.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(r -> {
                    BusinessApplication a = (BusinessApplication) r[0];
                    return new ApplicationSummary(a.id(), a.reference(), a.status(), a.branchCode(), (String) r[1],
                            a.typeCode(), a.createdBy(), a.submittedBy(), a.createdAt(), a.submittedAt(), a.version());
                }).toList();
        return new Page<>(rows, page.page(), page.size(), count.getSingleResult());
    }

    /** The filter as a where clause on alias {@code a}, within the caller's scope. */
    private static Queries.Criteria criteria(Caller caller, ApplicationFilter filter, boolean notMine) {
        Set<ApplicationStatus> statuses = filter.statuses();
        String branch = filter.branchCode();
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.scope().all()) {
            where.append(" and a.branchCode in :scope");
            params.put("scope", caller.scope().queryBranches());
        }
        if (branch != null) {
            where.append(" and a.branchCode = :branch");
            params.put("branch", branch);
        }
        if (!statuses.isEmpty()) {
            where.append(" and a.status in :statuses");
            params.put("statuses", statuses);
        }
        if (from != null) {
            where.append(" and a.createdAt >= :from");
            params.put("from", from.atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
        if (to != null) {
            where.append(" and a.createdAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
        if (notMine) {
            where.append(" and a.createdBy <> :me and :me not member of a.submitters");
            params.put("me", caller.username());
        }
        return new Queries.Criteria(where.toString(), params);
    }

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ApplicationView transition(long id, Long expectedVersion, ApplicationAction action, ApplicationCommand command) {
        Caller caller = callers.current();
        BusinessApplication application = load(caller, id, expectedVersion);
        ApplicationType type = type(application);
        String before = snapshot(application);
        ApplicationStatus from = application.status();
        application.perform(action, command, type, caller, time.now());
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, action.name()).withStates(before, snapshot(application))
                .withDetail(command.note() == null ? null : JsonSupport.JSON.createObjectBuilder().add("note", command.note())
                        .build().toString()));
        if (application.status() == ApplicationStatus.APPROVED && from != ApplicationStatus.APPROVED) {
            events.record(DomainEventType.APPLICATION_APPROVED, "application", id, application.reference(),
                    application.version(), DomainEvent.data("status", application.status().name(),
                            "branchCode", application.branchCode(), "type", application.typeCode()));
        }
        return view(application, type, caller, customerName(application.customerId()));
    }

    /**
     * Points a checklist item at one of the application's files, counting the document as provided; while the
     * application is a draft or returned. A file of another case, or a withdrawn one, is refused.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ApplicationView provideDocument(long id, Long expectedVersion, String documentCode, long attachmentId) {
        Caller caller = callers.current();
        BusinessApplication application = load(caller, id, expectedVersion);
        AttachmentView file = attachments.list(CaseKind.APPLICATION, id).stream().filter(f -> f.id() == attachmentId)
                .findFirst().orElseThrow(() -> new InvalidInputException("attachmentId", "is not a file of this application"));
        ApplicationType type = type(application);
        String before = snapshot(application);
        application.provideFile(type, documentCode, attachmentId);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "PROVIDE_DOCUMENT").withStates(before, snapshot(application))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("document", documentCode)
                        .add("attachmentId", file.id()).add("name", file.name()).add("sha256", file.sha256())
                        .build().toString()));
        return view(application, type, caller, customerName(application.customerId()));
    }

    /** The record as the caller may change it: in scope, and at the version the caller read (when they name one). */
    private BusinessApplication load(Caller caller, long id, Long expectedVersion) {
        BusinessApplication application = load(caller, id);
        if (expectedVersion != null && expectedVersion != application.version()) {
            throw new StaleVersionException("application", id, expectedVersion, application.version());
        }
        return application;
    }

    private BusinessApplication load(Caller caller, long id) {
        BusinessApplication application = em.find(BusinessApplication.class, id);
        if (application == null || !caller.scope().includes(application.branchCode())) {
            throw new RecordNotFoundException("application", id);
        }
        return application;
    }

    private ApplicationType type(BusinessApplication application) {
        return em.find(ApplicationType.class, application.typeCode());
    }

    private String customerName(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        return customer == null ? null : customer.name();
    }

    private ApplicationView view(BusinessApplication a, ApplicationType type, Caller caller, String customerName) {
        return new ApplicationView(a.id(), a.reference(), a.status(), a.customerId(), customerName, a.branchCode(),
                a.typeCode(), type.nameZh(), a.description(), a.documents(), a.missingDocuments(type), documentFiles(a),
                a.createdBy(),
                a.createdAt(), a.submittedBy(), a.submittedAt(), a.submitters(), a.reviewer(), a.reviewedAt(),
                a.reviewNote(), a.processedBy(), a.completedAt(), a.submitCount(),
                List.copyOf(a.allowedActions(caller)), a.version());
    }

    /** The files behind the checklist, leaving out any that has been withdrawn since. */
    private Map<String, AttachmentView> documentFiles(BusinessApplication a) {
        Map<String, Long> links = a.documentFiles();
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<Long, AttachmentView> files = attachments.list(CaseKind.APPLICATION, a.id()).stream()
                .collect(Collectors.toMap(AttachmentView::id, Function.identity()));
        Map<String, AttachmentView> shown = new TreeMap<>();
        links.forEach((code, file) -> {
            if (files.containsKey(file)) {
                shown.put(code, files.get(file));
            }
        });
        return shown;
    }

    public static String snapshot(BusinessApplication a) {
        var json = JsonSupport.JSON.createObjectBuilder()
                .add("reference", a.reference())
                .add("status", a.status().name())
                .add("type", a.typeCode())
                .add("documents", String.join(",", a.documents()))
                .add("submitCount", a.submitCount());
        if (!a.documentFiles().isEmpty()) {
            json.add("documentFiles", a.documentFiles().toString());
        }
        if (a.reviewer() != null) {
            json.add("reviewer", a.reviewer());
        }
        return json.build().toString();
    }
}
