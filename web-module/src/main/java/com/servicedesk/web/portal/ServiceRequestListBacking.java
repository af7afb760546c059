package com.servicedesk.web.portal;

import com.servicedesk.servicerequest.ServiceRequestFilter;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.servicerequest.ServiceRequestStatus;
import com.servicedesk.servicerequest.ServiceRequestSummary;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.workqueue.CaseList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * The service request queues: mine, my branch's, or all I may see; open ones by due time; a saved view
 * opened from the menu, and the ticked rows the list tools act on.
 */
@Named
@ViewScoped
public class ServiceRequestListBacking extends CaseListBacking<ServiceRequestSummary> {

    private static final long serialVersionUID = 1L;
    private static final EnumSet<ServiceRequestStatus> OPEN = EnumSet.of(ServiceRequestStatus.RECEIVED,
            ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.RESPONDED,
            ServiceRequestStatus.FOLLOWED_UP);

    @EJB
    private ServiceRequestService requests;

    @Inject
    private UserSession session;


    private String queue;
    private List<ServiceRequestStatus> statuses = new ArrayList<>();
    private boolean overdueOnly;

    private final LazyDataModel<ServiceRequestSummary> model = PagedModel.of(this::search, row -> Long.toString(row.id()));

    private Page<ServiceRequestSummary> search(int page, int size) {
        try {
            ListQuery saved = viewQuery();
            return requests.list(saved == null ? filter() : ServiceRequestFilter.parse(saved), new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    /** The filters as the form shows them: the queue names an assignee or a branch, no status means the open ones. */
    private ServiceRequestFilter filter() {
        var caller = session.getCaller();
        EnumSet<ServiceRequestStatus> wanted = statuses.isEmpty()
                ? ("all".equals(getQueue()) ? EnumSet.noneOf(ServiceRequestStatus.class) : OPEN)
                : EnumSet.copyOf(statuses);
        return new ServiceRequestFilter(wanted, overdueOnly ? Boolean.TRUE : null,
                "branch".equals(getQueue()) ? caller.branchCode() : null,
                "mine".equals(getQueue()) ? caller.username() : null, null, null);
    }

    @Override
    protected void show(ListQuery query) {
        ServiceRequestFilter f = ServiceRequestFilter.parse(query);
        var caller = session.getCaller();
        statuses = new ArrayList<>(f.statuses());
        overdueOnly = Boolean.TRUE.equals(f.overdue());
        queue = caller.username().equals(f.assignee()) ? "mine"
                : f.branchCode() != null && f.branchCode().equals(caller.branchCode()) ? "branch" : "all";
    }

    @Override
    protected long idOf(ServiceRequestSummary row) {
        return row.id();
    }

    @Override
    public CaseList getList() {
        return CaseList.SERVICE_REQUESTS;
    }

    @Override
    public String getQuery() {
        if (getView() != null) {
            return getView().query();
        }
        ServiceRequestFilter f = filter();
        return ListQuery.of("status", f.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                "overdue", f.overdue() == null ? null : f.overdue().toString(), "branch", f.branchCode(),
                "assignee", f.assignee()).canonical();
    }

    public String rowClass(ServiceRequestSummary row) {
        return row.overdue() ? "sd-row-overdue" : row.dueSoon() ? "sd-row-due-soon" : "";
    }

    public String remaining(ServiceRequestSummary row) {
        return Durations.human(row.timeRemaining(), session.getLocale());
    }

    public List<ServiceRequestStatus> getStatusOptions() {
        return List.of(ServiceRequestStatus.values());
    }

    public LazyDataModel<ServiceRequestSummary> getModel() {
        return model;
    }

    /** Agents start at their own queue, supervisors at their branch's, managers and auditors at all they see. */
    public String getQueue() {
        if (queue == null) {
            var caller = session.getCaller();
            queue = caller == null || caller.role() == null ? "all" : switch (caller.role()) {
                case AGENT -> "mine";
                case SUPERVISOR -> "branch";
                default -> "all";
            };
        }
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public List<ServiceRequestStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<ServiceRequestStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
