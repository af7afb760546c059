package com.servicedesk.workqueue;

import com.servicedesk.attachment.CaseNotes;
import com.servicedesk.complaint.ComplaintCommand;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.reporting.LedgerService;
import com.servicedesk.reports.ledger.LedgerReports.Ledger;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.servicerequest.ServiceRequestAction;
import com.servicedesk.servicerequest.ServiceRequestCommand;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.Queries;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Actions on a selection of cases. Each case goes through the same service call, and so the same checks
 * and the same audit entry, as the action on that case alone, in a transaction of its own: a refusal (a
 * case in a state the action is not allowed in, a stale version, a role) is listed with its reason and
 * does not stop the others.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkActions {

    /** The most cases one request may act on. */
    public static final int MAX_ITEMS = 200;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private ComplaintService complaints;

    @EJB
    private ServiceRequestService requests;

    @EJB
    private CaseNotes notes;

    @EJB
    private LedgerService ledgers;

    public BulkResult apply(BulkRequest request) {
        Caller caller = callers.current();
        caller.requireBusinessWrite();
        check(request);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(request.ids()));
        Map<Long, Object[]> known = referencesAndVersions(caller, request.list(), ids);
        List<BulkResult.Done> done = new ArrayList<>();
        List<BulkResult.Refused> refused = new ArrayList<>();
        for (long id : ids) {
            Object[] row = known.get(id);
            String reference = row == null ? null : (String) row[1];
            try {
                long version = applyTo(request, id, row == null ? 0 : (Long) row[2]);
                done.add(new BulkResult.Done(id, reference, version));
            } catch (BusinessException e) {
                refused.add(new BulkResult.Refused(id, reference, e.code(), e.getMessage()));
            } catch (EJBException e) { // a concurrent change won the race at commit
                refused.add(new BulkResult.Refused(id, reference, "conflict",
                        "changed by someone else meanwhile: read it again and retry"));
            }
        }
        return new BulkResult(request.list(), request.action(), done, refused);
    }

    /**
     * The selected cases as the list's ledger workbook (complaints, service requests or applications),
     * those outside the caller's branches left out; returns how many rows were written.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public long export(CaseList list, List<Long> ids, Locale locale, OutputStream out) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_ITEMS) {
            throw new InvalidInputException("ids", "select 1 to " + MAX_ITEMS + " cases");
        }
        return ledgers.xlsx(switch (list) {
            case COMPLAINTS -> Ledger.COMPLAINTS;
            case SERVICE_REQUESTS -> Ledger.SERVICE_REQUESTS;
            case APPLICATIONS -> Ledger.APPLICATIONS;
        }, LedgerService.Filter.selection(ids), locale, out);
    }

    /** The whole request is refused (nothing done) when the action does not fit the list or lacks what it takes. */
    private static void check(BulkRequest r) {
        switch (r.action()) {
            case ASSIGN -> {
                if (r.list() == CaseList.APPLICATIONS) {
                    throw new InvalidInputException("action", "applications are not assigned: their checker takes them from the review queue");
                }
                if (r.assignee() == null || r.assignee().isBlank()) {
                    throw new InvalidInputException("assignee", "is required to assign");
                }
            }
            case ADD_NOTE -> {
                if (r.note() == null || r.note().isBlank()) {
                    throw new InvalidInputException("note", "is required to add a note");
                }
            }
            case CLOSE -> {
                if (r.list() != CaseList.SERVICE_REQUESTS) {
                    throw new InvalidInputException("action", "CLOSE closes service requests whose loop is complete;"
                            + " a complaint closes one by one, with the customer's answer");
                }
            }
        }
    }

    /** The action on one case, in its own transaction; the case's version afterwards. */
    private long applyTo(BulkRequest r, long id, long currentVersion) {
        return switch (r.action()) {
            case ASSIGN -> r.list() == CaseList.COMPLAINTS
                    ? complaints.transition(id, null, new ComplaintCommand.Assign(r.assignee().strip())).version()
                    : requests.transition(id, null, ServiceRequestAction.ASSIGN,
                            new ServiceRequestCommand(null, null, null, null, null, r.assignee().strip())).version();
            case ADD_NOTE -> {
                notes.add(r.list().kind(), id, r.note());
                yield currentVersion;
            }
            case CLOSE -> requests.transition(id, null, ServiceRequestAction.CLOSE, ServiceRequestCommand.note(null)).version();
        };
    }

    /** Reference and version of the selected cases the caller may see, by id. */
    private Map<Long, Object[]> referencesAndVersions(Caller caller, CaseList list, List<Long> ids) {
        Map<String, Object> params = new HashMap<>(Map.of("ids", ids));
        String scope = "";
        if (!caller.scope().all()) {
            scope = " and x.branchCode in :scope";
            params.put("scope", caller.scope().queryBranches());
        }
        Map<Long, Object[]> rows = new HashMap<>();
        Queries.create(em, "select x.id, x.reference, x.version from " + list.kind().entity() + " x where x.id in :ids" + scope,
                Object[].class, params).getResultStream().forEach(row -> rows.put((Long) row[0], row));
        return rows;
    }
}
