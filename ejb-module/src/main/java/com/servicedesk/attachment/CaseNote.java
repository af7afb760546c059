package com.servicedesk.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note staff wrote on a case: what they did or learnt that no transition records. The text stays
 * here; the case's audit chain holds its digest, so that the chain keeps no free text.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = 32)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CaseNote() {
    }

    CaseNote(CaseKind kind, long caseId, String body, String writtenBy, Instant writtenAt) {
        this.caseType = kind.entity();
        this.caseId = caseId;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String body() {
        return body;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
