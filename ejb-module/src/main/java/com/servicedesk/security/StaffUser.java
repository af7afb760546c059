package com.servicedesk.security;

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
import java.util.Objects;

/**
 * A member of staff who signs in. Agents and supervisors belong to a branch, managers to a region;
 * auditors and administrators see the whole bank. The password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "branch_code", length = 16)
    private String branchCode;

    @Column(name = "region_code", length = 16)
    private String regionCode;

    @Column(nullable = false, length = 8)
    private String locale;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String passwordHash, Role role,
                     String branchCode, String regionCode, String locale, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.locale = Objects.requireNonNull(locale);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
        assignScope(branchCode, regionCode);
    }

    /** Branch staff need a branch, managers a region; the bank-wide roles have neither. */
    private void assignScope(String branch, String region) {
        switch (role) {
            case AGENT, SUPERVISOR -> {
                if (branch == null) {
                    throw new IllegalArgumentException(role + " needs a branch");
                }
            }
            case MANAGER -> {
                if (region == null) {
                    throw new IllegalArgumentException(role + " needs a region");
                }
            }
            case AUDITOR, ADMIN -> {
                branch = null;
                region = null;
            }
        }
        this.branchCode = branch;
        this.regionCode = region;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String branchCode() {
        return branchCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String locale() {
        return locale;
    }

    public boolean enabled() {
        return enabled;
    }

    public long version() {
        return version;
    }

    public void changeLocale(String newLocale) {
        this.locale = Objects.requireNonNull(newLocale);
    }
}
