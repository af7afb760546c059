package com.servicedesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer's request over their personal information (PIPL arts. 44–47), carried on a service request
 * of the category PERSONAL_INFORMATION (whose response standard is data): a copy of what the bank holds
 * (prepared by one member of staff, released by a supervisor or manager of the branch who did not prepare
 * it), a correction, or a deletion (carried out, or refused with the legal reason).
 */
@Entity
@Table(name = "personal_information_request")
public class PersonalInformationRequest {

    /** What the customer asks for. */
    public enum Kind {
        ACCESS, CORRECTION, DELETION
    }

    /** Where the request stands. */
    public enum Status {
        OPEN, PREPARED, DONE, REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_request_id", nullable = false)
    private long serviceRequestId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "prepared_by", length = 64)
    private String preparedBy;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "pdf_attachment_id")
    private Long pdfAttachmentId;

    @Column(name = "json_attachment_id")
    private Long jsonAttachmentId;

    @Column(name = "released_by", length = 64)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** What was done, or why it was refused. */
    @Column(length = 2000)
    private String outcome;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected PersonalInformationRequest() {
    }

    PersonalInformationRequest(long serviceRequestId, long customerId, Kind kind) {
        this.serviceRequestId = serviceRequestId;
        this.customerId = customerId;
        this.kind = kind;
        this.status = Status.OPEN;
    }

    void prepared(String by, Instant at, long pdf, long json) {
        status = Status.PREPARED;
        preparedBy = by;
        preparedAt = at;
        pdfAttachmentId = pdf;
        jsonAttachmentId = json;
    }

    void released(String by, Instant at, String how) {
        status = Status.DONE;
        releasedBy = by;
        releasedAt = at;
        outcome = how;
    }

    void done(String by, Instant at, String what) {
        status = Status.DONE;
        releasedBy = by;
        releasedAt = at;
        outcome = what;
    }

    void refused(String by, Instant at, String why) {
        status = Status.REFUSED;
        releasedBy = by;
        releasedAt = at;
        outcome = why;
    }

    public long id() {
        return id;
    }

    public long serviceRequestId() {
        return serviceRequestId;
    }

    public long customerId() {
        return customerId;
    }

    public Kind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public Instant preparedAt() {
        return preparedAt;
    }

    public Long pdfAttachmentId() {
        return pdfAttachmentId;
    }

    public Long jsonAttachmentId() {
        return jsonAttachmentId;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String outcome() {
        return outcome;
    }

    public long version() {
        return version;
    }
}
