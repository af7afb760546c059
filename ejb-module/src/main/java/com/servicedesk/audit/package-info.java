/**
 * The tamper-evident audit trail. Every change of state is an {@link com.servicedesk.audit.AuditEntry}
 * written in the same transaction as the change. Entries form one hash chain per aggregate (each
 * stores the SHA-256 of its predecessor and of itself), so writers to different aggregates never
 * wait on one another; a periodic seal records every chain head that moved into a chained
 * {@link com.servicedesk.audit.AuditAnchor}, so that a removed tail or a removed aggregate is
 * detected too, not only an edited or reordered entry.
 */
package com.servicedesk.audit;
