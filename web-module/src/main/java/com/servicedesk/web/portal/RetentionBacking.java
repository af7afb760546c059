package com.servicedesk.web.portal;

import com.servicedesk.retention.NewPolicy;
import com.servicedesk.retention.PolicyView;
import com.servicedesk.retention.RecordKind;
import com.servicedesk.retention.RetentionAction;
import com.servicedesk.retention.RetentionPolicies;
import com.servicedesk.retention.RetentionPolicy;
import com.servicedesk.retention.RetentionService;
import com.servicedesk.retention.RunView;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Role;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Retention for administrators and auditors: the policies (an administrator proposes, another approves),
 * and the runs with their progress (dry runs for both, real runs for administrators).
 */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RetentionPolicies policies;

    @EJB
    private RetentionService retention;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private RecordKind kind = RecordKind.COMPLAINT;
    private Integer years = 3;
    private RetentionAction action = RetentionAction.ANONYMISE;
    private LocalDate effectiveFrom;
    private String businessCategory;
    private String basis;

    public List<PolicyView> getPolicies() {
        return policies.all();
    }

    public List<RunView> getRuns() {
        return retention.runs(new PageRequest(0, 10)).items();
    }

    /** Whether a run is under way (the page then polls its progress). */
    public boolean isRunning() {
        return getRuns().stream().anyMatch(r -> r.status() == com.servicedesk.retention.RetentionRun.Status.RUNNING);
    }

    public boolean isAdministrator() {
        return session.hasRole(Role.ADMIN.name());
    }

    public void propose() {
        try {
            policies.propose(new NewPolicy(kind, years, action, businessCategory, effectiveFrom, basis));
            messages.info("retention.proposed");
            basis = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void approve(long id) {
        try {
            policies.approve(id);
            messages.info("retention.approved");
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void withdraw(long id) {
        try {
            policies.withdraw(id);
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void start(boolean dryRun) {
        try {
            retention.start(dryRun);
            messages.info(dryRun ? "retention.dryStarted" : "retention.started");
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public boolean waiting(PolicyView p) {
        return p.status() == RetentionPolicy.Status.PROPOSED;
    }

    public RecordKind[] getKinds() {
        return RecordKind.values();
    }

    public RetentionAction[] getActions() {
        return RetentionAction.values();
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public RetentionAction getAction() {
        return action;
    }

    public void setAction(RetentionAction action) {
        this.action = action;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getBusinessCategory() {
        return businessCategory;
    }

    public void setBusinessCategory(String businessCategory) {
        this.businessCategory = businessCategory;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
