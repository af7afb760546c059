package com.servicedesk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The first answer to a creating request that carried an {@code Idempotency-Key}: a retry of the
 * same request by the same user gets this answer back instead of creating a second record.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    /** Keys are per user, so one user's key can never replay another user's answer. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String username;
        private String idemKey;

        public Key() {
        }

        Key(String username, String idemKey) {
            this.username = username;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, idemKey);
        }
    }

    @Id
    @Column(length = 64)
    private String username;

    @Id
    @Column(name = "idem_key", length = 100)
    private String idemKey;

    @Column(nullable = false, length = 8)
    private String method;

    @Column(nullable = false, length = 300)
    private String path;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(nullable = false)
    private int status;

    @Column(length = 500)
    private String location;

    @Column(length = 30000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    StoredResponse toResponse() {
        return new StoredResponse(method, path, requestHash, status, location, body);
    }
}
