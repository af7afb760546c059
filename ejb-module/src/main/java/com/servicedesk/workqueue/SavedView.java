package com.servicedesk.workqueue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A list's filters and sort under a name: the owner's own, or shared with the owner's branch (a
 * manager's with the region). The query is kept as the list's query parameters.
 */
@Entity
@Table(name = "saved_view")
public class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false, length = 32)
    private CaseList list;

    @Column(nullable = false, length = 1000)
    private String query;

    @Column(name = "shared_branch", length = 16)
    private String sharedBranch;

    @Column(name = "shared_region", length = 16)
    private String sharedRegion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected SavedView() {
    }

    SavedView(String owner, CaseList list, Instant at) {
        this.owner = owner;
        this.list = list;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Names it, sets its query and its audience (both null: the owner's alone). */
    void define(String newName, String newQuery, String branch, String region, Instant at) {
        this.name = newName;
        this.query = newQuery;
        this.sharedBranch = branch;
        this.sharedRegion = branch == null ? region : null;
        this.updatedAt = at;
    }

    public long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public CaseList list() {
        return list;
    }

    public String query() {
        return query;
    }

    public boolean isShared() {
        return sharedBranch != null || sharedRegion != null;
    }

    public String sharedBranch() {
        return sharedBranch;
    }

    public String sharedRegion() {
        return sharedRegion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
