package com.servicedesk.security;

import com.servicedesk.audit.AuditLogEntry;
import com.servicedesk.audit.AuditVerification;
import java.time.Instant;
import java.util.List;

/**
 * Everything the information security audit report (信息安全审计报告) shows for a period: the chain
 * verification, clear-value views, failed logins and lockouts, privilege changes, training completion
 * by branch, and the findings still open.
 */
public record SecurityAuditReportData(Instant from, Instant to, AuditVerification verification,
                                      List<AuditLogEntry> clearValueViews, long failedLogins,
                                      List<AuditLogEntry> lockouts, List<AuditLogEntry> privilegeChanges,
                                      List<TrainingCompletion> trainingCompletion, List<AuditFinding> openFindings) {
}
