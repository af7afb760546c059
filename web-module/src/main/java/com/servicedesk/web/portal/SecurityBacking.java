package com.servicedesk.web.portal;

import com.servicedesk.security.AuditFinding;
import com.servicedesk.security.PolicyView;
import com.servicedesk.shared.Role;
import com.servicedesk.security.SecurityAuditService;
import com.servicedesk.security.SecurityPolicyService;
import com.servicedesk.security.TrainingCompletion;
import com.servicedesk.security.TrainingService;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The information security page: the current policies (acknowledge them; see who has not), training
 * completion by branch, and the audit findings.
 */
@Named
@ViewScoped
public class SecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecurityPolicyService policies;

    @EJB
    private TrainingService training;

    @EJB
    private SecurityAuditService audits;

    @Inject
    private UserSession session;

    @Inject
    private TimeSource time;

    @Inject
    private Messages messages;

    private List<PolicyView> current = List.of();
    private final Map<Long, List<String>> pending = new HashMap<>();
    private List<TrainingCompletion> completion = List.of();
    private List<AuditFinding> findings = List.of();

    @PostConstruct
    void load() {
        current = policies.current();
        pending.clear();
        if (isOverseer()) {
            for (PolicyView p : current) {
                pending.put(p.id(), policies.pending(p.id()));
            }
            completion = training.completionByBranch(time.today());
        }
        if (session.getCaller() != null && session.getCaller().role() != null) {
            findings = audits.findings(true);
        }
    }

    public void acknowledge(long policyId) {
        try {
            policies.acknowledge(policyId);
            messages.info("security.acknowledged");
        } finally {
            load();
        }
    }

    /** Whether the caller sees who has not acknowledged and the training figures. */
    public boolean isOverseer() {
        Role role = session.getCaller() == null ? null : session.getCaller().role();
        return role == Role.ADMIN || role == Role.AUDITOR || role == Role.MANAGER || role == Role.SUPERVISOR;
    }

    public List<String> pendingFor(long policyId) {
        return pending.getOrDefault(policyId, List.of());
    }

    public List<PolicyView> getCurrent() {
        return current;
    }

    public List<TrainingCompletion> getCompletion() {
        return completion;
    }

    public List<AuditFinding> getFindings() {
        return findings;
    }
}
