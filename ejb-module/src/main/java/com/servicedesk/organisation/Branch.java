package com.servicedesk.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;

/** A branch (网点) of the bank, with its own queue and staff, in one region. */
@Entity
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@Table(name = "branch")
public class Branch {

    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    /** GB/T 2260 code of the county-level division the branch is in, for complaint statistics. */
    @Column(name = "division_code", nullable = false, length = 6)
    private String divisionCode;

    protected Branch() {
    }

    public String code() {
        return code;
    }

    public String regionCode() {
        return regionCode;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String divisionCode() {
        return divisionCode;
    }
}
