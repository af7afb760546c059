package com.servicedesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The personal text an audit entry was written with (a customer's name, a reason, a note), kept beside
 * the entry rather than in it: the entry holds a keyed digest of each value, under this row's salt, so
 * that the chain proves the text was not changed while it exists, and still verifies once retention has
 * deleted the row, which leaves nothing from which the text could be recovered or confirmed.
 */
@Entity
@Table(name = "audit_personal_data")
@IdClass(AuditPersonalData.Key.class)
public class AuditPersonalData {

    /** The entry's position: its chain and its number in it. */
    public record Key(String chainKey, long seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "chain_key", length = 100)
    private String chainKey;

    @Id
    private long seq;

    @Column(nullable = false, length = 64, updatable = false)
    private String salt;

    /** The values, a JSON object from each sealed field's path ({@code detail.reason}) to its text. */
    @Column(name = "field_values", nullable = false, length = 12000, updatable = false)
    private String values;

    protected AuditPersonalData() {
    }

    AuditPersonalData(String chainKey, long seq, String salt, String values) {
        this.chainKey = chainKey;
        this.seq = seq;
        this.salt = salt;
        this.values = values;
    }

    public String chainKey() {
        return chainKey;
    }

    public long seq() {
        return seq;
    }

    String salt() {
        return salt;
    }

    String values() {
        return values;
    }
}
