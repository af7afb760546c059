package com.servicedesk.web.portal;

import com.servicedesk.complaint.ComplaintFilter;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.complaint.ComplaintStatus;
import com.servicedesk.complaint.ComplaintSummary;
import com.servicedesk.organisation.Branch;
import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.reference.IntakeChannel;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The complaint list: filters, a lazily paged table, due and overdue highlighting. */
@Named
@ViewScoped
public class ComplaintListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ComplaintService complaints;

    @EJB
    private transient OrganisationService organisation;

    @EJB
    private transient ReferenceDataService reference;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private List<ComplaintStatus> statuses = new ArrayList<>();
    private boolean overdueOnly;
    private String channel;
    private String branch;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<ComplaintSummary> model = PagedModel.sorted(this::search, row -> Long.toString(row.id()));

    private Page<ComplaintSummary> search(int page, int size, String sortField, boolean ascending) {
        try {
            ComplaintFilter filter = new ComplaintFilter(statuses.isEmpty() ? EnumSet.noneOf(ComplaintStatus.class)
                    : EnumSet.copyOf(statuses), overdueOnly ? Boolean.TRUE : null, blankToNull(branch), from, to,
                    null, null, null, blankToNull(channel), sortField, ascending);
            return complaints.list(filter, new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    public void reset() {
        statuses = new ArrayList<>();
        overdueOnly = false;
        channel = null;
        branch = null;
        from = null;
        to = null;
    }

    /** The row's style: overdue in red, due soon in amber. */
    public String rowClass(ComplaintSummary row) {
        return row.overdue() ? "sd-row-overdue" : row.dueSoon() ? "sd-row-due-soon" : "";
    }

    public String remaining(ComplaintSummary row) {
        return Durations.human(row.timeRemaining(), session.getLocale());
    }

    public List<IntakeChannel> getChannelOptions() {
        return reference.intakeChannels();
    }

    public List<ComplaintStatus> getStatusOptions() {
        return List.of(ComplaintStatus.values());
    }

    public List<Branch> getBranchOptions() {
        return organisation.branches().stream()
                .filter(b -> session.getCaller() != null && session.getCaller().scope().includes(b.code()))
                .toList();
    }

    public LazyDataModel<ComplaintSummary> getModel() {
        return model;
    }

    public List<ComplaintStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<ComplaintStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    /** Whether only complaints still waiting for their decision are listed (the dashboard's links). */
    public boolean isOpenOnly() {
        return !statuses.isEmpty() && EnumSet.copyOf(statuses).equals(ComplaintStatus.awaitingDecision());
    }

    public void setOpenOnly(boolean openOnly) {
        if (openOnly) {
            statuses = new ArrayList<>(ComplaintStatus.awaitingDecision());
        }
    }
}
