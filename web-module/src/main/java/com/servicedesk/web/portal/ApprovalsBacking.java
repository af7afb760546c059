package com.servicedesk.web.portal;

import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.complaint.ComplaintSummary;
import com.servicedesk.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The supervisor's approvals queue: proposals and reviews waiting for a second person. */
@Named
@RequestScoped
public class ApprovalsBacking {

    @EJB
    private ComplaintService complaints;

    @Inject
    private UserSession session;

    private List<ComplaintSummary> items = List.of();
    private long total;

    @PostConstruct
    void load() {
        var page = complaints.approvalsQueue(new PageRequest(0, 200));
        items = page.items();
        total = page.total();
    }

    public List<ComplaintSummary> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public String remaining(ComplaintSummary row) {
        return Durations.human(row.timeRemaining(), session.getLocale());
    }
}
