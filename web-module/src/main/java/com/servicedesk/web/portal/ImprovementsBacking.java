package com.servicedesk.web.portal;

import com.servicedesk.followup.ImprovementAction;
import com.servicedesk.followup.ImprovementService;
import com.servicedesk.followup.ImprovementView;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The improvement register: actions from low scores, complaints' root causes, assessments and by hand. */
@Named
@ViewScoped
public class ImprovementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ImprovementService improvements;

    @Inject
    private UserSession session;

    @Inject
    private TimeSource time;

    @Inject
    private Messages messages;

    private ImprovementAction.Status status;
    private boolean mineOnly;
    private List<ImprovementView> items = List.of();
    private long total;

    private String title;
    private String description;
    private String owner;
    private LocalDate dueOn;

    private ImprovementView checking;
    private ImprovementAction.CheckResult result = ImprovementAction.CheckResult.EFFECTIVE;
    private String note;

    @PostConstruct
    void init() {
        dueOn = time.today().plusDays(30);
        mineOnly = session.getCaller() != null && session.getCaller().role() == Role.AGENT;
        load();
    }

    public void load() {
        var page = improvements.list(status, mineOnly ? session.getCaller().username() : null,
                new PageRequest(0, PageRequest.MAX_SIZE));
        items = page.items();
        total = page.total();
    }

    public void create() {
        ImprovementView created = improvements.create(new ImprovementService.NewAction(title, description, owner,
                dueOn, null, ImprovementAction.Origin.MANUAL, List.of()));
        messages.info("improvement.created", created.title(), created.owner());
        title = null;
        description = null;
        owner = null;
        load();
    }

    public void act(ImprovementView a, ImprovementService.Action action) {
        try {
            improvements.transition(a.id(), a.version(), action, null, null);
            messages.info("dialog.done", messages.text("improvementAction." + action.name()));
        } finally {
            load();
        }
    }

    public void startCheck(ImprovementView a) {
        checking = a;
        result = ImprovementAction.CheckResult.EFFECTIVE;
        note = null;
    }

    public void check() {
        improvements.transition(checking.id(), checking.version(), ImprovementService.Action.CHECK, result, note);
        messages.info("dialog.done", messages.text("improvementAction.CHECK"));
        checking = null;
        load();
    }

    public boolean canWork(ImprovementView a) {
        return a.owner().equals(session.getCaller().username())
                && (a.status() == ImprovementAction.Status.OPEN || a.status() == ImprovementAction.Status.IN_PROGRESS);
    }

    public boolean canCheck(ImprovementView a) {
        return isManaging() && a.status() == ImprovementAction.Status.DONE
                && !a.owner().equals(session.getCaller().username());
    }

    public boolean isManaging() {
        Role role = session.getCaller() == null ? null : session.getCaller().role();
        return role == Role.SUPERVISOR || role == Role.MANAGER;
    }

    /** Where a source record is shown, or null when it has no page of its own. */
    public String sourceOutcome(ImprovementView.SourceView s) {
        return switch (s.type()) {
            case "Complaint" -> "/complaint";
            case "ServiceRequest" -> "/service-request";
            default -> null;
        };
    }

    public ImprovementAction.Status[] getStatuses() {
        return ImprovementAction.Status.values();
    }

    public ImprovementAction.CheckResult[] getResults() {
        return ImprovementAction.CheckResult.values();
    }

    public ImprovementAction.Status getStatus() {
        return status;
    }

    public void setStatus(ImprovementAction.Status status) {
        this.status = status;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public List<ImprovementView> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public ImprovementView getChecking() {
        return checking;
    }

    public ImprovementAction.CheckResult getResult() {
        return result;
    }

    public void setResult(ImprovementAction.CheckResult result) {
        this.result = result;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
