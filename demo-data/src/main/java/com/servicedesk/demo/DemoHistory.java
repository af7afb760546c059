package com.servicedesk.demo;

import com.servicedesk.audit.AuditEntry;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The audit entries of the demo's invented past: each is written through the ordinary audit trail,
 * with the clock pinned to the moment the step is said to have happened. The production trail has
 * no way to back-date an entry.
 */
@ApplicationScoped
public class DemoHistory {

    @EJB
    private AuditTrail audit;

    @Inject
    private AdjustableTimeSource time;

    public AuditEntry recordAt(String actor, Instant at, AuditEvent event) {
        return time.at(at, () -> audit.recordAs(actor, event));
    }
}
