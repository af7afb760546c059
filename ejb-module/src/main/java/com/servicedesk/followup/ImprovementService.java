package com.servicedesk.followup;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * The improvement register (服务改进机制): actions raised by hand, from a complaint's root cause, by a
 * low return visit or by a failed assessment; worked by their owner and checked afterwards.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ImprovementService {

    /** What a new action says. */
    public record NewAction(String title, String description, String owner, LocalDate dueOn, String branchCode,
                            ImprovementAction.Origin origin, List<ImprovementAction.Source> sources) {
    }

    /** The things that may be done to an action. */
    public enum Action {
        START, COMPLETE, CHECK
    }

    public static final String AUDIT_TYPE = "ImprovementAction";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ImprovementView create(NewAction input) {
        Caller caller = callers.current();
        String branch = input.branchCode() == null ? caller.branchCode() : input.branchCode();
        if (branch != null && !caller.scope().includes(branch)) {
            throw new InvalidInputException("branchCode", "is not one of your branches");
        }
        if (input.dueOn() == null || input.dueOn().isBefore(time.today())) {
            throw new InvalidInputException("dueOn", "must be today or later");
        }
        requireStaff(input.owner());
        NewAction action = input.origin() == ImprovementAction.Origin.COMPLAINT_ROOT_CAUSE
                ? fromRootCause(input, caller) : input;
        if (action.origin() != null && action.origin() != ImprovementAction.Origin.MANUAL
                && action.origin() != ImprovementAction.Origin.COMPLAINT_ROOT_CAUSE) {
            throw new InvalidInputException("origin", "by hand, an action is MANUAL or from a COMPLAINT_ROOT_CAUSE");
        }
        return ImprovementView.of(raise(action, branch, caller.username()), time.today());
    }

    /**
     * An action against a complaint's root cause names the complaint as its source; the complaint
     * must be one of the caller's and have a root cause recorded, which the description quotes.
     */
    private NewAction fromRootCause(NewAction input, Caller caller) {
        List<ImprovementAction.Source> sources = input.sources() == null ? List.of() : input.sources();
        if (sources.size() != 1 || !"Complaint".equals(sources.get(0).type())) {
            throw new InvalidInputException("sources", "name the one complaint whose root cause the action addresses");
        }
        long complaintId;
        try {
            complaintId = Long.parseLong(sources.get(0).id());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("sources", "a complaint is named by its id");
        }
        Object[] complaint = em.createQuery("select c.reference, c.resolution.rootCause, c.branchCode from Complaint c"
                        + " where c.id = :id", Object[].class)
                .setParameter("id", complaintId).getResultStream().findFirst()
                .filter(row -> caller.scope().includes((String) row[2]))
                .orElseThrow(() -> new InvalidInputException("sources", "complaint " + complaintId + " is not one of yours"));
        if (complaint[1] == null) {
            throw new InvalidInputException("sources", "complaint " + complaint[0] + " has no root cause recorded yet");
        }
        String description = (input.description() == null || input.description().isBlank() ? "" : input.description().strip() + "\n")
                + "投诉 " + complaint[0] + " 的根本原因：" + complaint[1];
        return new NewAction(input.title(), description, input.owner(), input.dueOn(), input.branchCode(),
                input.origin(), List.of(new ImprovementAction.Source("Complaint", String.valueOf(complaintId),
                        (String) complaint[0])));
    }

    /** Raises an action on behalf of the system (a low visit, a failed assessment), in the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ImprovementAction raiseFor(NewAction input, String createdBy) {
        return raise(input, input.branchCode(), createdBy);
    }

    private ImprovementAction raise(NewAction input, String branch, String createdBy) {
        ImprovementAction action = new ImprovementAction(input.title(), input.description(),
                input.origin() == null ? ImprovementAction.Origin.MANUAL : input.origin(), branch, input.owner(),
                input.dueOn(), createdBy, time.now(), input.sources() == null ? List.of() : input.sources());
        em.persist(action);
        em.flush();
        audit.recordAs(createdBy, AuditEvent.of(AUDIT_TYPE, action.id(), "RAISE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("title", action.title()).add("owner", action.owner()).add("origin", action.origin().name())
                .add("dueOn", action.dueOn().toString()).build().toString()));
        return action;
    }

    public Page<ImprovementView> list(ImprovementAction.Status status, String owner, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        String where = " where (:all = true or a.branchCode in :scope or a.owner = :me)"
                + (status == null ? "" : " and a.status = :status") + (owner == null ? "" : " and a.owner = :owner");
        TypedQuery<ImprovementAction> items = em.createQuery("select a from ImprovementAction a" + where
                + " order by a.dueOn, a.id", ImprovementAction.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from ImprovementAction a" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("all", caller.scope().all()).setParameter("scope", caller.scope().queryBranches())
                    .setParameter("me", caller.username());
            if (status != null) {
                q.setParameter("status", status);
            }
            if (owner != null) {
                q.setParameter("owner", owner);
            }
        }
        LocalDate today = time.today();
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(a -> ImprovementView.of(a, today)).toList(), page.page(), page.size(), count.getSingleResult());
    }

    public ImprovementView get(long id) {
        return ImprovementView.of(load(callers.current(), id), time.today());
    }

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ImprovementView transition(long id, Long expectedVersion, Action action,
                                      ImprovementAction.CheckResult result, String note) {
        Caller caller = callers.current();
        ImprovementAction a = load(caller, id);
        if (expectedVersion != null && expectedVersion != a.version()) {
            throw new StaleVersionException("improvement action", id, expectedVersion, a.version());
        }
        String before = a.status().name();
        switch (action) {
            case START -> a.start(caller);
            case COMPLETE -> a.complete(caller, time.today());
            case CHECK -> {
                if (caller.role() == Role.AGENT) {
                    throw new ForbiddenException("a supervisor or manager checks an action");
                }
                a.check(caller, result, note);
            }
        }
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, action.name())
                .withStates("{\"status\":\"" + before + "\"}", "{\"status\":\"" + a.status() + "\"}")
                .withDetail(note == null ? null : JsonSupport.JSON.createObjectBuilder().add("note", note).build().toString()));
        return ImprovementView.of(a, time.today());
    }

    private ImprovementAction load(Caller caller, long id) {
        caller.requireBusinessAccess();
        ImprovementAction a = em.find(ImprovementAction.class, id);
        if (a == null || !(caller.scope().all() || caller.username().equals(a.owner())
                || (a.branchCode() != null && caller.scope().includes(a.branchCode())))) {
            throw new RecordNotFoundException("improvement action", id);
        }
        return a;
    }

    private void requireStaff(String username) {
        if (username == null || callers.find(username).isEmpty()) {
            throw new InvalidInputException("owner", "is not a member of staff");
        }
    }
}
