package com.servicedesk.demo;

import com.servicedesk.security.PersonalDataKeySource;
import com.servicedesk.security.PersonalDataKeys;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The personal-data keys of a demo or test server, in place of the production source: with no key
 * configured it generates one, kept beside the demo database so that a restart still decrypts; and
 * a test may swap the keys at run time to rehearse a rotation without restarting the server.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class DemoKeySource extends PersonalDataKeySource {

    private static final Logger LOG = Logger.getLogger(DemoKeySource.class.getName());

    private volatile PersonalDataKeys swapped;

    @Override
    public PersonalDataKeys keys() {
        PersonalDataKeys keys = swapped;
        return keys != null ? keys : super.keys();
    }

    /** The keys to use from now on, until the server stops. */
    public void use(PersonalDataKeys keys) {
        swapped = keys;
    }

    @Override
    protected Optional<String> keyWhenNoneConfigured(Config config) {
        Path dir = Path.of(config.getOptionalValue("servicedesk.data.dir", String.class)
                .orElseGet(() -> System.getProperty("jboss.server.data.dir", ".")));
        Path file = dir.resolve("servicedesk-pii.key");
        try {
            if (!Files.exists(file)) {
                byte[] raw = new byte[32];
                new SecureRandom().nextBytes(raw);
                Files.createDirectories(dir);
                Files.writeString(file, Base64.getEncoder().encodeToString(raw));
                LOG.warning("Demo server: generated a personal-data key in " + file + "; never do this in production");
            }
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the demo key " + file, e);
        }
    }
}
