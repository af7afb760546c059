package com.servicedesk.web.api;

import com.servicedesk.platform.IdempotencyStore;
import com.servicedesk.platform.StoredResponse;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on creating POSTs: the first request creates and its answer is kept in the
 * same transaction; a retry with the same key and body gets that answer again (marked
 * {@code Idempotent-Replayed: true}); the same key with another body is refused with 409.
 */
@ApplicationScoped
public class Idempotency {

    /** What a creating request produced: where the new record lives and its representation. */
    public record Created(URI location, Object entity, long version) {
    }

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    private final Jsonb jsonb = SharedJsonb.JSONB;

    @EJB
    private IdempotencyStore store;

    @Inject
    private IdempotentTransaction transaction;

    public Response create(String key, String username, String path, Object request, Supplier<Created> action) {
        if (key == null) {
            return created(action.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
        }
        String requestHash = sha256(jsonb.toJson(request));
        // The first request is the common case: it creates and keeps its answer without looking for an
        // earlier one. A retry does the same work, finds the key taken when it keeps its answer, and rolls
        // back entirely; only then is the first answer read and replayed.
        try {
            return transaction.run(() -> {
                Created created = action.get();
                String body = jsonb.toJson(created.entity());
                store.save(username, key, new StoredResponse("POST", path, requestHash, 201,
                        created.location().toString(), body));
                return created(created);
            });
        } catch (RuntimeException failed) {
            // the key was used before, or by a concurrent request that committed first
            Optional<StoredResponse> first = store.find(username, key);
            if (first.isPresent()) {
                return replay(first.get(), requestHash);
            }
            throw failed;
        }
    }

    private static Response created(Created created) {
        return Response.created(created.location()).tag(Versions.etag(created.version()))
                .entity(created.entity()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response replay(StoredResponse stored, String requestHash) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new ConflictException("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request");
        }
        Response.ResponseBuilder response = Response.status(stored.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true")
                .entity(stored.body().getBytes(StandardCharsets.UTF_8));
        if (stored.location() != null) {
            response.location(URI.create(stored.location()));
        }
        return response.build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
