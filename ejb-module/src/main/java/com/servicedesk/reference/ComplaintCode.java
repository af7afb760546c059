package com.servicedesk.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;

/** One node of a JR/T 0169 classification tree: dimension A (channel), B (business) or C (cause). */
@Entity
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@Table(name = "complaint_code")
public class ComplaintCode {

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 1)
    private String dimension;

    @Column(name = "parent_code", length = 16)
    private String parentCode;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CodeSource source;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(length = 500)
    private String note;

    protected ComplaintCode() {
    }

    public String code() {
        return code;
    }

    public String dimension() {
        return dimension;
    }

    public String parentCode() {
        return parentCode;
    }

    public int level() {
        return level;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public CodeSource source() {
        return source;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String note() {
        return note;
    }
}
