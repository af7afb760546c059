package com.servicedesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the personal-data keys come from: the configuration, read once at start-up. The key lives
 * outside the database and the repository: {@code servicedesk.pii.key} (system property) or
 * {@code SERVICEDESK_PII_KEY} (environment), 32 bytes in Base64; older keys that must still decrypt
 * in {@code servicedesk.pii.previous-keys}. Without a key the server does not start. A new key takes
 * a restart; nothing changes them at run time.
 */
@ApplicationScoped
public class PersonalDataKeySource {

    private PersonalDataKeys keys;

    @PostConstruct
    protected void load() {
        Config config = ConfigProvider.getConfig();
        String current = config.getOptionalValue("servicedesk.pii.key", String.class)
                .or(() -> keyWhenNoneConfigured(config))
                .orElseThrow(() -> new IllegalStateException(
                        "No key for personal data: set SERVICEDESK_PII_KEY (32 random bytes, Base64), "
                                + "for example from `openssl rand -base64 32`"));
        keys = PersonalDataKeys.of(current, config.getOptionalValue("servicedesk.pii.previous-keys", String.class)
                .orElse(""));
    }

    public PersonalDataKeys keys() {
        return keys;
    }

    /** A key to use when none is configured: none, so the server refuses to start. */
    protected Optional<String> keyWhenNoneConfigured(Config config) {
        return Optional.empty();
    }
}
