package com.servicedesk.attachment;

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
 * An evidence file of a case: its facts (name, detected type, size, SHA-256, who uploaded it when);
 * its bytes are {@link AttachmentChunk}s. Never deleted while the case lives: a wrong upload is
 * withdrawn with a reason, hidden from the case's list but kept.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = 32)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private int chunks;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** When retention deleted its bytes; the row stays with its digest. */
    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Attachment() {
    }

    Attachment(CaseKind kind, long caseId, String name, String contentType, String uploadedBy, Instant uploadedAt) {
        this.caseType = kind.entity();
        this.caseId = caseId;
        this.name = name;
        this.contentType = contentType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.sha256 = "";
    }

    /** The bytes are in: their count, digest and number of chunks. */
    void stored(long bytes, String digest, int chunkCount) {
        size = bytes;
        sha256 = digest;
        chunks = chunkCount;
    }

    void withdraw(String by, Instant at, String reason) {
        withdrawnBy = by;
        withdrawnAt = at;
        withdrawReason = reason;
    }

    public Long id() {
        return id;
    }

    public String caseType() {
        return caseType;
    }

    public long caseId() {
        return caseId;
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public int chunks() {
        return chunks;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** Gone from the case's list: withdrawn by staff, or its bytes destroyed by retention. */
    public boolean isGone() {
        return withdrawnAt != null || destroyedAt != null;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public String withdrawReason() {
        return withdrawReason;
    }
}
