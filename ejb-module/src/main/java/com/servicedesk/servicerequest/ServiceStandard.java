package com.servicedesk.servicerequest;

import com.servicedesk.shared.Validity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A response-time target (服务标准): first response and resolution, per category and channel (none:
 * the category's default), from a day to a day. A request takes the targets that held when it came
 * in, and keeps them as its due times.
 */
@Entity
@Table(name = "service_standard")
public class ServiceStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_code", nullable = false, length = 32)
    private String categoryCode;

    @Column(length = 32)
    private String channel;

    @Column(name = "first_response_minutes", nullable = false)
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @Embedded
    private Validity validity;

    protected ServiceStandard() {
    }

    ServiceStandard(String category, String channel, int firstResponseMinutes, int resolutionMinutes, LocalDate from) {
        this.categoryCode = category;
        this.channel = channel;
        this.firstResponseMinutes = firstResponseMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.validity = Validity.from(from);
    }

    public Long id() {
        return id;
    }

    public Validity validity() {
        return validity;
    }

    public int firstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int resolutionMinutes() {
        return resolutionMinutes;
    }

    public static ServiceStandard of(String category, String channel, int firstResponseMinutes, int resolutionMinutes) {
        return new ServiceStandard(category, channel, firstResponseMinutes, resolutionMinutes, LocalDate.of(2020, 1, 1));
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String channel() {
        return channel;
    }

    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration resolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }
}
