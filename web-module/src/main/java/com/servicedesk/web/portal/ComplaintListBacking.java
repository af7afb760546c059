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
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.workqueue.CaseList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * The complaint list: filters, a lazily paged table, due and overdue highlighting; a saved view opened
 * from the menu ({@code ?view=}), and the ticked rows the list tools act on.
 */
@Named
@ViewScoped
public class ComplaintListBacking extends CaseListBacking<ComplaintSummary> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintService complaints;

    @EJB
    private OrganisationService organisation;

    @EJB
    private ReferenceDataService reference;

    @Inject
    private UserSession session;

    private List<ComplaintStatus> statuses = new ArrayList<>();
    private boolean overdueOnly;
    private String channel;
    private String branch;
    private LocalDate from;
    private LocalDate to;
    /** The table's sort, or the view's while the table has none. */
    private String sortField;
    private boolean ascending;

    private final LazyDataModel<ComplaintSummary> model = PagedModel.sorted(this::search, row -> Long.toString(row.id()));

    private Page<ComplaintSummary> search(int page, int size, String tableSort, boolean tableAscending) {
        try {
            if (tableSort != null) {
                sortField = tableSort;
                ascending = tableAscending;
            }
            ComplaintFilter shown = filter();
            ListQuery saved = viewQuery();
            return complaints.list(saved == null ? shown : ComplaintFilter.parse(saved.with("sort", shown.sortParameter())),
                    new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    /** The filters as the form shows them, sorted as the table is. */
    private ComplaintFilter filter() {
        return new ComplaintFilter(statuses.isEmpty() ? EnumSet.noneOf(ComplaintStatus.class) : EnumSet.copyOf(statuses),
                overdueOnly ? Boolean.TRUE : null, blankToNull(branch), from, to, null, null, null, blankToNull(channel),
                sortField, ascending);
    }

    @Override
    protected void show(ListQuery query) {
        ComplaintFilter f = ComplaintFilter.parse(query);
        statuses = new ArrayList<>(f.statuses());
        overdueOnly = Boolean.TRUE.equals(f.overdue());
        branch = f.branchCode();
        channel = f.channel();
        from = f.from();
        to = f.to();
        sortField = f.sort();
        ascending = f.ascending();
    }

    @Override
    protected long idOf(ComplaintSummary row) {
        return row.id();
    }

    @Override
    public CaseList getList() {
        return CaseList.COMPLAINTS;
    }

    @Override
    public String getQuery() {
        ComplaintFilter f = filter();
        ListQuery saved = viewQuery();
        if (saved != null) {
            return saved.with("sort", f.sortParameter()).canonical();
        }
        return ListQuery.of("status", f.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                "overdue", f.overdue() == null ? null : f.overdue().toString(), "branch", f.branchCode(),
                "channel", f.channel(), "from", f.from() == null ? null : f.from().toString(),
                "to", f.to() == null ? null : f.to().toString(),
                "sort", f.sortParameter()).canonical();
    }

    public void reset() {
        leaveView();
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
