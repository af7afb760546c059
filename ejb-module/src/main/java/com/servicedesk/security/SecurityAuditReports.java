package com.servicedesk.security;

import com.servicedesk.audit.AuditLogEntry;
import com.servicedesk.audit.AuditLogQuery;
import com.servicedesk.audit.AuditVerifier;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Gathers the data of the information security audit report for a period, from the audit trail and the registers. */
@Stateless
@RolesAllowed(Role.AUDITOR_NAME)
public class SecurityAuditReports {

    static final Set<String> PRIVILEGE_ACTIONS = Set.of("ROLE_CHANGE", "CREATE_USER", "ENABLE", "DISABLE", "UNLOCK");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditVerifier verifier;

    @EJB
    private AuditLogQuery log;

    @EJB
    private TrainingService training;

    @EJB
    private SecurityAuditService audits;

    public SecurityAuditReportData collect(Instant from, Instant to) {
        long failed = em.createQuery("select count(e) from AuditEntry e where e.action = 'LOGIN_FAILED'"
                        + " and e.occurredAt >= :from and e.occurredAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        List<AuditLogEntry> privilege = PRIVILEGE_ACTIONS.stream().sorted()
                .flatMap(a -> entries(a, from, to).stream())
                .sorted((a, b) -> a.at().compareTo(b.at()))
                .toList();
        return new SecurityAuditReportData(from, to, verifier.verify(), entries("VIEW_CLEAR", from, to), failed,
                entries("LOCKOUT", from, to), privilege,
                training.completionByBranch(LocalDate.ofInstant(to.minusSeconds(1), TimeSource.BANK_ZONE)),
                audits.findings(true));
    }

    private List<AuditLogEntry> entries(String action, Instant from, Instant to) {
        return log.search(new AuditLogQuery.Filter(null, null, null, action, from, to), new PageRequest(0, 500)).items();
    }
}
