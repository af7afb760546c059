package com.servicedesk.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;

/** A kind of service request (account management, card services…), after the manual's 1.3. */
@Entity
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@Table(name = "service_category")
public class ServiceCategory {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ServiceCategory() {
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
}
