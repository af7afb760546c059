package com.servicedesk.web.portal;

import com.servicedesk.audit.AuditLogEntry;
import com.servicedesk.audit.AuditLogQuery;
import com.servicedesk.audit.AuditVerification;
import com.servicedesk.audit.AuditVerifier;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.TimeSource;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The auditor's page: filter the audit log by who, what and when; verify the whole chain. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditVerifier verifier;

    @EJB
    private AuditLogQuery log;

    @Inject
    private Messages messages;

    private AuditVerification result;
    private long millis;
    private String actor;
    private String entityType;
    private String entityId;
    private String action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditLogEntry> model = PagedModel.of(this::search, entry -> Long.toString(entry.id()));

    private Page<AuditLogEntry> search(int page, int size) {
        try {
            return log.search(new AuditLogQuery.Filter(actor, entityType, entityId, action,
                    from == null ? null : from.atStartOfDay(TimeSource.BANK_ZONE).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant()),
                    new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    public void verify() {
        long started = System.nanoTime();
        result = verifier.verify();
        millis = (System.nanoTime() - started) / 1_000_000;
    }

    public LazyDataModel<AuditLogEntry> getModel() {
        return model;
    }

    public AuditVerification getResult() {
        return result;
    }

    public long getMillis() {
        return millis;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
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

    public List<String> getEntityTypes() {
        return List.of("Complaint", "ServiceRequest", "BusinessApplication", "Customer", "StaffUser", "FollowUp",
                "SecurityPolicy", "SecurityAudit", "AuditFinding", "TrainingSession", "PersonalDataKey");
    }
}
