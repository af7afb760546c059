package com.servicedesk.security;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password against the staff directory. An unknown user costs as much as a
 * wrong password (a decoy hash is verified), so response times do not reveal who has an account.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final String DECOY_HASH = PasswordHasher.decoyHash();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CredentialCache cache;

    @EJB
    private LoginAttempts attempts;

    @Inject
    private TimeSource time;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * The staff member whose password this is, or empty: wrong password, unknown user, disabled or
     * locked account. Failures are counted (five in fifteen minutes lock the account) and audited.
     * <p>It runs outside any transaction: the user is read and the connection returned before the
     * deliberately slow password hash is checked. Holding a transaction (and so a pooled connection)
     * through the hash let a burst of first logins occupy the whole pool for tens of seconds.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<AuthenticatedStaff> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank() || username.length() > 64
                || password.length() > 256) {
            return Optional.empty();
        }
        Instant now = time.now();
        Optional<AuthenticatedStaff> cached = cache.lookup(username, password, now);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<StaffUser> user = StaffUser.byUsername(em, username);
        boolean matches = hasher.verify(password, user.map(StaffUser::passwordHash).orElse(DECOY_HASH));
        if (!matches || user.isEmpty() || !user.get().enabled() || user.get().isLocked(now)) {
            attempts.failed(username, now);
            return Optional.empty();
        }
        if (user.get().failedLogins() > 0) {
            attempts.succeeded(username);
        }
        AuthenticatedStaff staff = new AuthenticatedStaff(user.get().username(), user.get().role());
        cache.remember(username, password, staff, now);
        return Optional.of(staff);
    }
}
