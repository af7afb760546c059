package com.servicedesk.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;

/** One version of the JR/T 0169 code lists: in force from its day until the next version's. */
@Entity
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@Table(name = "complaint_code_list")
public class ComplaintCodeList {

    @Id
    private int version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "loaded_by", length = 64)
    private String loadedBy;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    protected ComplaintCodeList() {
    }

    ComplaintCodeList(int version, String title, String source, LocalDate effectiveFrom, String loadedBy, Instant loadedAt) {
        this.version = version;
        this.title = title;
        this.source = source;
        this.effectiveFrom = effectiveFrom;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String loadedBy() {
        return loadedBy;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
