package com.servicedesk.security;

import com.servicedesk.shared.Role;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/**
 * A member of staff who signs in. Agents and supervisors belong to a branch, managers to a region;
 * auditors and administrators see the whole bank. The password is kept only as a PBKDF2 hash.
 * Every request resolves its caller by username, so members of staff are kept in the second-level
 * cache by that natural id; changes made through the entity update the cache when they commit.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "app_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    /** Authentication data (C3) is never stored: only its one-way PBKDF2 hash is. */
    @PersonalData(value = InformationClass.C3, encrypted = true)
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

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

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

    /** Failures counted in this window lock the account when they reach the limit. */
    static final java.time.Duration FAILURE_WINDOW = java.time.Duration.ofMinutes(15);
    static final int FAILURE_LIMIT = 5;
    static final java.time.Duration LOCKOUT = java.time.Duration.ofMinutes(15);

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; returns true when this failure locks the account. */
    boolean recordFailure(Instant now) {
        if (firstFailureAt == null || !now.isBefore(firstFailureAt.plus(FAILURE_WINDOW))) {
            firstFailureAt = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= FAILURE_LIMIT && !isLocked(now)) {
            lockedUntil = now.plus(LOCKOUT);
            return true;
        }
        return false;
    }

    /** Clears the failure count after a successful sign-in. */
    boolean recordSuccess() {
        if (failedLogins == 0 && firstFailureAt == null) {
            return false;
        }
        failedLogins = 0;
        firstFailureAt = null;
        return true;
    }

    void unlock() {
        lockedUntil = null;
        failedLogins = 0;
        firstFailureAt = null;
    }

    /** The member of staff with this username, from the second-level cache when it holds them. */
    public static Optional<StaffUser> byUsername(EntityManager em, String username) {
        return em.unwrap(Session.class).bySimpleNaturalId(StaffUser.class).loadOptional(username);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    void changeRole(Role newRole, String branch, String region) {
        this.role = Objects.requireNonNull(newRole);
        assignScope(branch, region);
    }

    void setEnabled(boolean on) {
        this.enabled = on;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
