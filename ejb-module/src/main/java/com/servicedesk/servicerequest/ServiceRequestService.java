package com.servicedesk.servicerequest;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.customer.Customer;
import com.servicedesk.events.DomainEvent;
import com.servicedesk.events.DomainEventType;
import com.servicedesk.events.DomainEvents;
import com.servicedesk.followup.FollowUpScheduler;
import com.servicedesk.followup.FollowUpSource;
import com.servicedesk.followup.ReturnVisitClosed;
import com.servicedesk.platform.ReferenceNumbers;
import com.servicedesk.reference.IntakeChannel;
import com.servicedesk.reference.ServiceCategory;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.security.StaffUser;
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
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/** Service request use cases: intake, queues, the closed loop, and the timeline. */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ServiceRequestService {

    public static final String AUDIT_TYPE = "ServiceRequest";
    public static final String REFERENCE_PREFIX = "FW";
    public static final String REFERENCE_SEQUENCE = "service_request_reference_seq";
    private static final Duration DUE_SOON = Duration.ofHours(2);
    static final Set<ServiceRequestStatus> OPEN = Set.of(ServiceRequestStatus.RECEIVED, ServiceRequestStatus.ACCEPTED,
            ServiceRequestStatus.IN_PROGRESS);

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
    private FollowUpScheduler followUps;

    @Inject
    private TimeSource time;

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ServiceRequestView register(NewServiceRequest input) {
        Caller caller = callers.current();
        Instant now = time.now();
        List<Violation> violations = new ArrayList<>();
        Customer customer = em.find(Customer.class, input.customerId());
        if (customer == null || !caller.scope().includes(customer.branchCode())) {
            violations.add(new Violation("customerId", "no such customer in your branches"));
        }
        IntakeChannel channel = em.find(IntakeChannel.class, input.channel());
        if (channel == null || !channel.forService()) {
            violations.add(new Violation("channel", "must be one of PHONE, ONLINE, MOBILE_APP, BRANCH"));
        }
        if (em.find(ServiceCategory.class, input.category()) == null) {
            violations.add(new Violation("category", "is not a service category (see /reference/service-categories)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ServiceRequest request = new ServiceRequest(references.next(REFERENCE_PREFIX, REFERENCE_SEQUENCE, now),
                new ServiceRequest.Intake(customer.id(), customer.branchCode(), channel.code(), input.category(),
                        input.subject().strip(), input.description().strip()),
                standardFor(input.category(), channel.code(), now), caller, now);
        em.persist(request);
        em.flush();
        audit.recordFirst(AuditEvent.of(AUDIT_TYPE, request.id(), "REGISTER").withStates(null, snapshot(request)));
        return view(request, caller, customer.name(), now);
    }

    /** The standard for a category on a channel that held at an instant: the channel's own row, else the category's. */
    @PermitAll
    public ServiceStandard standardFor(String category, String channel, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, TimeSource.BANK_ZONE);
        return em.createQuery("select s from ServiceStandard s where s.categoryCode = :c"
                        + " and (s.channel = :ch or s.channel is null) and s.validity.effectiveFrom <= :d"
                        + " and (s.validity.effectiveTo is null or s.validity.effectiveTo > :d)"
                        + " order by s.channel desc nulls last", ServiceStandard.class)
                .setParameter("c", category).setParameter("ch", channel).setParameter("d", day)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> ServiceStandard.of(category, null, 240, 4320));
    }

    public ServiceRequestView get(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        ServiceRequest request = load(caller, id);
        return view(request, caller, customerName(request.customerId()), time.now());
    }

    public List<HistoryEntry> history(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        load(caller, id);
        return audit.history(AUDIT_TYPE, id);
    }

    public Page<ServiceRequestSummary> list(ServiceRequestFilter filter, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Instant now = time.now();
        Queries.Criteria criteria = criteria(caller, filter, now);
        TypedQuery<Object[]> items = Queries.create(em, "select r, cu.name from ServiceRequest r, Customer cu" + criteria.where()
                + " and cu.id = r.customerId order by r.resolutionDueAt, r.id", Object[].class, criteria.params());
        List<ServiceRequestSummary> rows = items.setFirstResult(page.offset()).setMaxResults(page.size())
                .setHint(HibernateHints.HINT_READ_ONLY, true) // only shown: no snapshot to compare at commit
                .getResultList().stream().map(r -> summary((ServiceRequest) r[0], (String) r[1], now)).toList();
        return new Page<>(rows, page.page(), page.size(), count(criteria));
    }

    /** How many service requests in the caller's scope the filter lists. */
    public long count(ServiceRequestFilter filter) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        return count(criteria(caller, filter, time.now()));
    }

    private long count(Queries.Criteria criteria) {
        return Queries.create(em, "select count(r) from ServiceRequest r" + criteria.where(), Long.class, criteria.params())
                .getSingleResult();
    }

    /** The filter as a where clause on alias {@code r}, within the caller's scope. */
    private static Queries.Criteria criteria(Caller caller, ServiceRequestFilter filter, Instant now) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.scope().all()) {
            where.append(" and r.branchCode in :scope");
            params.put("scope", caller.scope().queryBranches());
        }
        if (filter.branchCode() != null) {
            where.append(" and r.branchCode = :branch");
            params.put("branch", filter.branchCode());
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and r.status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (filter.assignee() != null) {
            where.append(" and r.assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" and ((r.status = :received and r.firstResponseDueAt <= :now)"
                    + " or (r.status in :working and r.resolutionDueAt <= :now))");
            params.put("received", ServiceRequestStatus.RECEIVED);
            params.put("working", Set.of(ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.IN_PROGRESS));
            params.put("now", now);
        }
        if (filter.from() != null) {
            where.append(" and r.receivedAt >= :from");
            params.put("from", filter.from().atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and r.receivedAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
        return new Queries.Criteria(where.toString(), params);
    }

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ServiceRequestView transition(long id, Long expectedVersion, ServiceRequestAction action,
                                         ServiceRequestCommand command) {
        Caller caller = callers.current();
        ServiceRequest request = load(caller, id);
        if (expectedVersion != null && expectedVersion != request.version()) {
            throw new StaleVersionException("service request", id, expectedVersion, request.version());
        }
        if (action == ServiceRequestAction.ASSIGN && command.assignee() != null) {
            StaffUser staff = StaffUser.byUsername(em, command.assignee()).orElse(null);
            if (staff == null || !staff.role().changesBusinessData() || !request.branchCode().equals(staff.branchCode())) {
                throw new InvalidInputException("assignee", "must be a member of staff of branch " + request.branchCode());
            }
        }
        Instant now = time.now();
        apply(request, action, command, caller, now);
        return view(request, caller, customerName(request.customerId()), now);
    }

    /**
     * A return visit closed the follow-up of a request still waiting for it: the request is followed
     * up too, in the same transaction, so the loop closes however the customer was contacted.
     */
    @PermitAll
    public void onReturnVisitClosed(@Observes ReturnVisitClosed event) {
        if (!AUDIT_TYPE.equals(event.sourceType())) {
            return;
        }
        ServiceRequest request = em.find(ServiceRequest.class, event.sourceId());
        if (request != null && request.status() == ServiceRequestStatus.RESPONDED) {
            apply(request, ServiceRequestAction.FOLLOW_UP, ServiceRequestCommand.note(event.reached()
                    ? "回访已完成" : "回访无法联系客户"), Caller.SYSTEM, event.at());
        }
    }

    private void apply(ServiceRequest request, ServiceRequestAction action, ServiceRequestCommand command,
                       Caller caller, Instant now) {
        String before = snapshot(request);
        ServiceRequestStatus from = request.status();
        request.perform(action, command, caller, now);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, request.id(), action.name())
                .withStates(before, snapshot(request)).withDetail(detail(command)));
        if (action == ServiceRequestAction.RESPOND) {
            followUps.schedule("SERVICE_REQUEST_RESPONDED", new FollowUpSource(AUDIT_TYPE, request.id(),
                    request.reference(), request.customerId(), request.branchCode()), request.assignee(), now);
        } else if (action == ServiceRequestAction.FOLLOW_UP) {
            followUps.completeFor(AUDIT_TYPE, request.id(), now);
        }
        if (request.status() == ServiceRequestStatus.CLOSED && from != ServiceRequestStatus.CLOSED) {
            em.flush();
            events.record(DomainEventType.SERVICE_REQUEST_CLOSED, "service-request", request.id(), request.reference(),
                    request.version(), DomainEvent.data("status", request.status().name(), "branchCode",
                            request.branchCode(), "channel", request.channel(), "category", request.category()));
        }
    }

    private ServiceRequest load(Caller caller, long id) {
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null || !caller.scope().includes(request.branchCode())) {
            throw new RecordNotFoundException("service request", id);
        }
        return request;
    }

    private String customerName(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        return customer == null ? null : customer.name();
    }

    private static ServiceRequestView view(ServiceRequest r, Caller caller, String customerName, Instant now) {
        return new ServiceRequestView(r.id(), r.reference(), r.status(), r.customerId(), customerName, r.branchCode(),
                r.channel(), r.category(), r.subject(), r.description(), r.assignee(), r.registeredBy(),
                r.receivedAt(), r.firstResponseDueAt(), r.resolutionDueAt(), r.currentDueAt(),
                r.status().awaitsResponse() ? Duration.between(now, r.currentDueAt()).toString() : null,
                r.isOverdue(now), r.acceptedAt(), r.respondedAt(), r.response(), r.feedbackUnderstood(),
                r.feedbackSatisfied(), r.feedbackNote(), r.followedUpAt(), r.closedAt(), r.cancelReason(),
                r.escalationLevel(), List.copyOf(r.allowedActions(caller)), r.version());
    }

    static ServiceRequestSummary summary(ServiceRequest r, String customerName, Instant now) {
        boolean open = r.status().awaitsResponse();
        Duration remaining = Duration.between(now, r.currentDueAt());
        return new ServiceRequestSummary(r.id(), r.reference(), r.status(), r.branchCode(), customerName, r.channel(),
                r.category(), r.subject(), r.assignee(), r.receivedAt(), r.currentDueAt(),
                open ? remaining.toString() : null, r.isOverdue(now),
                open && !remaining.isNegative() && remaining.compareTo(DUE_SOON) <= 0, r.escalationLevel(), r.version());
    }

    public static String snapshot(ServiceRequest r) {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder()
                .add("reference", r.reference())
                .add("status", r.status().name())
                .add("category", r.category())
                .add("channel", r.channel())
                .add("escalationLevel", r.escalationLevel())
                .add("resolutionDueAt", r.resolutionDueAt().toString());
        if (r.assignee() != null) {
            json.add("assignee", r.assignee());
        }
        if (r.feedbackSatisfied() != null) {
            json.add("feedbackSatisfied", r.feedbackSatisfied());
        }
        return json.build().toString();
    }

    public static String detail(ServiceRequestCommand command) {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder();
        if (command.note() != null) {
            json.add("note", command.note());
        }
        if (command.response() != null) {
            json.add("response", command.response());
        }
        if (command.understood() != null) {
            json.add("understood", command.understood());
        }
        if (command.satisfied() != null) {
            json.add("satisfied", command.satisfied());
        }
        if (command.assignee() != null) {
            json.add("assignee", command.assignee());
        }
        String text = json.build().toString();
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }
}
