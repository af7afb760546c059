package com.servicedesk.workqueue;

import com.servicedesk.application.ApplicationFilter;
import com.servicedesk.application.ApplicationService;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.complaint.ComplaintFilter;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.servicerequest.ServiceRequestFilter;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Saved views: any case list's filters and sort under a name, the owner's own or shared with the
 * owner's branch (a manager's with the region, having no branch). Each viewer sees their own views and
 * those shared with them, each counted in the viewer's own branch scope, so a shared view never shows
 * anyone a case they could not open. Only the owner changes or deletes a view; each change is audited.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class SavedViews {

    public static final String AUDIT_TYPE = "SavedView";
    /** Paging belongs to the page being looked at, not to the view. */
    private static final Set<String> PAGING = Set.of("page", "size");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private ComplaintService complaints;

    @EJB
    private ServiceRequestService requests;

    @EJB
    private ApplicationService applications;

    @Inject
    private TimeSource time;

    /** The caller's own views and those shared with them (of one list, or of all when null), counted. */
    public List<SavedViewView> visible(CaseList list) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        StringBuilder where = new StringBuilder("v.owner = :me");
        if (caller.branchCode() != null) {
            where.append(" or v.sharedBranch = :branch");
        }
        if (caller.regionCode() != null) {
            where.append(" or (v.sharedBranch is null and v.sharedRegion = :region)");
        }
        TypedQuery<SavedView> q = em.createQuery("select v from SavedView v where (" + where + ")"
                + (list == null ? "" : " and v.list = :list"), SavedView.class).setParameter("me", caller.username());
        if (caller.branchCode() != null) {
            q.setParameter("branch", caller.branchCode());
        }
        if (caller.regionCode() != null) {
            q.setParameter("region", caller.regionCode());
        }
        if (list != null) {
            q.setParameter("list", list);
        }
        return q.getResultStream()
                .sorted(Comparator.comparing((SavedView v) -> !v.owner().equals(caller.username()))
                        .thenComparing(v -> v.list().ordinal()).thenComparing(SavedView::name))
                .map(v -> view(v, caller)).toList();
    }

    public SavedViewView get(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        return view(visibleTo(caller, id), caller);
    }

    public SavedViewView create(ViewDefinition definition) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        SavedView v = new SavedView(caller.username(), definition.list(), time.now());
        define(v, null, definition, caller);
        em.persist(v);
        em.flush();
        audit.recordFirst(AuditEvent.of(AUDIT_TYPE, v.id(), "CREATE_VIEW").withStates(null, snapshot(v)));
        return view(v, caller);
    }

    /** Renames the view, changes its query or its sharing; the list stays. Only its owner may. */
    public SavedViewView update(long id, Long expectedVersion, ViewDefinition definition) {
        Caller caller = callers.current();
        SavedView v = owned(caller, id, expectedVersion);
        if (definition.list() != v.list()) {
            throw new InvalidInputException("list", "a view stays on its list (" + v.list() + "); save a new one instead");
        }
        String before = snapshot(v);
        define(v, id, definition, caller);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "CHANGE_VIEW").withStates(before, snapshot(v)));
        return view(v, caller);
    }

    public void delete(long id, Long expectedVersion) {
        Caller caller = callers.current();
        SavedView v = owned(caller, id, expectedVersion);
        String before = snapshot(v);
        em.remove(v);
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "DELETE_VIEW").withStates(before, null));
    }

    /** How many cases the list's query lists in the caller's scope; a query the list cannot take is refused. */
    long count(CaseList list, ListQuery query) {
        return switch (list) {
            case COMPLAINTS -> complaints.count(ComplaintFilter.parse(query));
            case SERVICE_REQUESTS -> requests.count(ServiceRequestFilter.parse(query));
            case APPLICATIONS -> applications.count(ApplicationFilter.parse(query));
        };
    }

    /** Names the view, sets its checked query and audience; {@code id} is the view's own when it exists already. */
    private void define(SavedView v, Long id, ViewDefinition d, Caller caller) {
        String name = d.name().strip();
        boolean taken = em.createQuery("select v.id from SavedView v where v.owner = :me and v.list = :list"
                        + " and v.name = :name", Long.class)
                .setParameter("me", caller.username()).setParameter("list", d.list()).setParameter("name", name)
                .getResultStream().anyMatch(other -> !other.equals(id));
        if (taken) {
            throw new InvalidInputException("name", "you already have a view of this list called " + name);
        }
        if (d.shared() && caller.branchCode() == null && caller.regionCode() == null) {
            throw new InvalidInputException("shared", "you have no branch or region to share a view with");
        }
        ListQuery query = checked(d.list(), d.query());
        v.define(name, query.canonical(), d.shared() ? caller.branchCode() : null, d.shared() ? caller.regionCode() : null,
                time.now());
    }

    /**
     * The query as the list reads it: paging left out, every parameter one the list takes, every value
     * readable (a refusal names the parameter as {@code query.status}); the list is counted once to prove it.
     */
    private ListQuery checked(CaseList list, String text) {
        try {
            ListQuery query = ListQuery.parse(text, "query").without(PAGING).requireOnly(list.parameters(), "query");
            count(list, query);
            return query;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> v.field().startsWith("query") ? v : new Violation("query." + v.field(), v.message()))
                    .toList());
        }
    }

    private SavedView visibleTo(Caller caller, long id) {
        SavedView v = em.find(SavedView.class, id);
        boolean visible = v != null && (v.owner().equals(caller.username())
                || (v.sharedBranch() != null && v.sharedBranch().equals(caller.branchCode()))
                || (v.sharedBranch() == null && v.sharedRegion() != null && v.sharedRegion().equals(caller.regionCode())));
        if (!visible) {
            throw new RecordNotFoundException("saved view", id);
        }
        return v;
    }

    private SavedView owned(Caller caller, long id, Long expectedVersion) {
        caller.requireBusinessAccess();
        SavedView v = visibleTo(caller, id);
        if (!v.owner().equals(caller.username())) {
            throw new ForbiddenException("only its owner " + v.owner() + " changes or deletes this view");
        }
        if (expectedVersion != null && expectedVersion != v.version()) {
            throw new StaleVersionException("saved view", id, expectedVersion, v.version());
        }
        return v;
    }

    private SavedViewView view(SavedView v, Caller caller) {
        String sharedWith = v.sharedBranch() != null ? v.sharedBranch() : v.sharedRegion();
        return new SavedViewView(v.id(), v.name(), v.list(), v.query(), v.owner(), v.owner().equals(caller.username()),
                v.isShared(), sharedWith, count(v.list(), ListQuery.parse(v.query(), "query")), v.updatedAt(), v.version());
    }

    private static String snapshot(SavedView v) {
        return JsonSupport.JSON.createObjectBuilder().add("name", v.name()).add("list", v.list().name())
                .add("query", v.query()).add("shared", v.isShared()).build().toString();
    }
}
