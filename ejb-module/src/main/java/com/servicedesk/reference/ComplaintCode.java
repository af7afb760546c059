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

/**
 * One node of a JR/T 0169 classification tree: dimension A (channel), B (business) or C (cause),
 * introduced by a version of the code lists and perhaps retired by a later one, naming its
 * replacement. Only the retirement ever changes on a row.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
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

    @Column(name = "introduced_in", nullable = false)
    private int introducedIn;

    @Column(name = "retired_in")
    private Integer retiredIn;

    @Column(name = "replaced_by", length = 16)
    private String replacedBy;

    protected ComplaintCode() {
    }

    ComplaintCode(String code, String dimension, String parentCode, int level, String nameZh, String nameEn,
                  CodeSource source, int sortOrder, int introducedIn) {
        this.code = code;
        this.dimension = dimension;
        this.parentCode = parentCode;
        this.level = level;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.source = source;
        this.sortOrder = sortOrder;
        this.introducedIn = introducedIn;
    }

    void retire(int version, String replacement) {
        retiredIn = version;
        replacedBy = replacement;
    }

    public int introducedIn() {
        return introducedIn;
    }

    public Integer retiredIn() {
        return retiredIn;
    }

    public String replacedBy() {
        return replacedBy;
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
