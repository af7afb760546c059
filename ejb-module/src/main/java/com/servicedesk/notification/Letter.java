package com.servicedesk.notification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A letter to a customer as issued: its number, the rendered PDF and its SHA-256. Never changed. */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = 32, updatable = false)
    private String caseType;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private LetterKind kind;

    @Column(name = "letter_number", nullable = false, length = 40, updatable = false)
    private String number;

    @Column(nullable = false, length = 8, updatable = false)
    private String locale;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When retention deleted its content; its number and digest stay. */
    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    protected Letter() {
    }

    Letter(String caseType, long caseId, LetterKind kind, String number, String locale, byte[] content, String sha256,
           String createdBy, Instant createdAt) {
        this.caseType = caseType;
        this.caseId = caseId;
        this.kind = kind;
        this.number = number;
        this.locale = locale;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
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

    public LetterKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    byte[] content() {
        return content;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant destroyedAt() {
        return destroyedAt;
    }
}
