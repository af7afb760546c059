package com.servicedesk.servicerequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/** A response-time target (服务标准): first response and resolution, per category and channel. */
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

    protected ServiceStandard() {
    }

    public static ServiceStandard of(String category, String channel, int firstResponseMinutes, int resolutionMinutes) {
        ServiceStandard s = new ServiceStandard();
        s.categoryCode = category;
        s.channel = channel;
        s.firstResponseMinutes = firstResponseMinutes;
        s.resolutionMinutes = resolutionMinutes;
        return s;
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
