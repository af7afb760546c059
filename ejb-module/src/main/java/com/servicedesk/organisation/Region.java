package com.servicedesk.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A management region, which a MANAGER oversees, with its GB/T 2260 administrative division code. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "division_code", nullable = false, length = 6)
    private String divisionCode;

    @Version
    @Column(name = "row_version")
    private long version;

    protected Region() {
    }

    Region(String code, String nameZh, String nameEn, String divisionCode) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.divisionCode = divisionCode;
    }

    void rename(String newNameZh, String newNameEn) {
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
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
