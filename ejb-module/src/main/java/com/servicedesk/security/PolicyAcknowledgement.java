package com.servicedesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a member of staff read and accepted one policy version, and when. */
@Entity
@Table(name = "policy_acknowledgement")
@IdClass(PolicyAcknowledgement.Key.class)
public class PolicyAcknowledgement {

    /** One acknowledgement per policy version and person. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long policyId;
        private String username;

        public Key() {
        }

        Key(Long policyId, String username) {
            this.policyId = policyId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(policyId, k.policyId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(policyId, username);
        }
    }

    @Id
    @Column(name = "policy_id")
    private Long policyId;

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected PolicyAcknowledgement() {
    }

    public PolicyAcknowledgement(Long policyId, String username, Instant acknowledgedAt) {
        this.policyId = policyId;
        this.username = username;
        this.acknowledgedAt = acknowledgedAt;
    }
}
