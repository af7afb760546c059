package com.servicedesk.complaint;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.organisation.Branch;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assignment by workload, where a branch has turned it on: a new complaint goes to the branch's agent
 * with the least open work, each open complaint weighted by its severity; never to the member of staff
 * it is about; a review never to whoever took part in the first decision. Each assignment is audited.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ComplaintAssignment {

    /** How much an open complaint of each severity weighs on its assignee's workload. */
    static final Map<Severity, Integer> WEIGHT = Map.of(Severity.LOW, 1, Severity.MEDIUM, 2, Severity.HIGH, 3,
            Severity.CRITICAL, 5);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /** Assigns the complaint by workload if its branch does so, leaving out the people named; returns who, if anyone. */
    public Optional<String> byWorkload(Complaint c, Set<String> excluded) {
        Branch branch = em.find(Branch.class, c.branchCode());
        if (branch == null || !branch.assignsByWorkload()) {
            return Optional.empty();
        }
        List<String> agents = em.createQuery("select u.username from StaffUser u where u.branchCode = :b"
                + " and u.enabled = true and u.role = :agent order by u.username", String.class)
                .setParameter("b", c.branchCode()).setParameter("agent", Role.AGENT).getResultList();
        if (agents.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> loads = new HashMap<>();
        agents.forEach(a -> loads.put(a, 0L));
        for (Object[] row : em.createQuery("select c.assignee, c.classification.severity, count(c) from Complaint c"
                        + " where c.assignee in :agents and c.status not in :final and c.id <> :self"
                        + " group by c.assignee, c.classification.severity", Object[].class)
                .setParameter("agents", agents).setParameter("final", ComplaintStatus.finalStates()).setParameter("self", c.id())
                .getResultList()) {
            loads.merge((String) row[0], WEIGHT.get((Severity) row[1]) * (Long) row[2], Long::sum);
        }
        Optional<String> chosen = choose(loads, excluded);
        chosen.ifPresent(who -> {
            c.assignedByWorkload(who);
            em.flush();
            audit.recordAs("system", AuditEvent.of(ComplaintService.AUDIT_TYPE, c.id(), "AUTO_ASSIGN")
                    .withDetail(JsonSupport.JSON.createObjectBuilder().add("assignee", who).add("workload", loads.get(who))
                            .add("excluded", String.join(",", excluded.stream().sorted().toList())).build().toString()));
        });
        return chosen;
    }

    /** The agent with the least weighted workload who is not excluded; ties go to the first by name. */
    static Optional<String> choose(Map<String, Long> loads, Set<String> excluded) {
        return loads.entrySet().stream().filter(e -> !excluded.contains(e.getKey()))
                .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
