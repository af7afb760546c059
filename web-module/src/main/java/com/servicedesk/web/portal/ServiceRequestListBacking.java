package com.servicedesk.web.portal;

import com.servicedesk.servicerequest.ServiceRequestFilter;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.servicerequest.ServiceRequestStatus;
import com.servicedesk.servicerequest.ServiceRequestSummary;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The service request queues: mine, my branch's, or all I may see; open ones by due time. */
@Named
@ViewScoped
public class ServiceRequestListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final EnumSet<ServiceRequestStatus> OPEN = EnumSet.of(ServiceRequestStatus.RECEIVED,
            ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.RESPONDED,
            ServiceRequestStatus.FOLLOWED_UP);

    @EJB
    private transient ServiceRequestService requests;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private String queue;
    private List<ServiceRequestStatus> statuses = new ArrayList<>();
    private boolean overdueOnly;

    private final LazyDataModel<ServiceRequestSummary> model = PagedModel.of(this::search, row -> Long.toString(row.id()));

    private Page<ServiceRequestSummary> search(int page, int size) {
        try {
            var caller = session.getCaller();
            EnumSet<ServiceRequestStatus> wanted = statuses.isEmpty()
                    ? ("all".equals(getQueue()) ? EnumSet.noneOf(ServiceRequestStatus.class) : OPEN)
                    : EnumSet.copyOf(statuses);
            return requests.list(new ServiceRequestFilter(wanted, overdueOnly ? Boolean.TRUE : null,
                    "branch".equals(getQueue()) ? caller.branchCode() : null,
                    "mine".equals(getQueue()) ? caller.username() : null, null, null), new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
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
