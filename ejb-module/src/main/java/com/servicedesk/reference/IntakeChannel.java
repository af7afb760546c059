package com.servicedesk.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;

/**
 * A channel staff pick at intake (telephone, branch counter, letter…), counted in statistics under
 * its JR/T 0169 channel (A) code.
 */
@Entity
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@Table(name = "intake_channel")
public class IntakeChannel implements java.io.Serializable {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "a_code", nullable = false, length = 16)
    private String channelCode;

    /** Whether service requests may come in on it (letters and regulator transfers are complaints only). */
    @Column(name = "for_service", nullable = false)
    private boolean forService;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected IntakeChannel() {
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

    public String channelCode() {
        return channelCode;
    }

    public boolean forService() {
        return forService;
    }
}
