package com.servicedesk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record that one part of the demo data set exists. */
@Entity
@Table(name = "demo_seed")
public class DemoSeed {

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false)
    private int records;

    @Column(name = "seeded_at", nullable = false)
    private Instant seededAt;

    protected DemoSeed() {
    }

    DemoSeed(String name, int records, Instant seededAt) {
        this.name = name;
        this.records = records;
        this.seededAt = seededAt;
    }
}
