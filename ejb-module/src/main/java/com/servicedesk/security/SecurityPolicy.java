package com.servicedesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of an information security policy (信息安全政策), which every member of staff acknowledges. */
@Entity
@Table(name = "security_policy")
public class SecurityPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "version_no", nullable = false)
    private int version;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected SecurityPolicy() {
    }

    public SecurityPolicy(String code, int version, String titleZh, String titleEn, String body, LocalDate effectiveFrom,
                   String publishedBy, Instant publishedAt) {
        this.code = code;
        this.version = version;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.body = body;
        this.effectiveFrom = effectiveFrom;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String body() {
        return body;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
