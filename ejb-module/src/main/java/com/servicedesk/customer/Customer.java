package com.servicedesk.customer;

import com.servicedesk.security.InformationClass;
import com.servicedesk.security.PersonalData;
import com.servicedesk.security.PersonalDataKind;
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
 * A customer of the bank, registered at a branch. The identity number and phone are held as
 * AES-GCM ciphertexts with keyed hashes beside them for exact search; this entity never sees a
 * clear value, which the service encrypts on the way in and masks on the way out.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @PersonalData(InformationClass.C1)
    @Column(nullable = false, length = 100)
    private String name;

    @PersonalData(value = InformationClass.C2, kind = PersonalDataKind.ID_NUMBER, encrypted = true)
    @Column(name = "id_number_enc", length = 200)
    private String idNumberEncrypted;

    @Column(name = "id_number_index", length = 64)
    private String idNumberIndex;

    @PersonalData(value = InformationClass.C2, kind = PersonalDataKind.PHONE, encrypted = true)
    @Column(name = "phone_enc", length = 200)
    private String phoneEncrypted;

    @Column(name = "phone_index", length = 64)
    private String phoneIndex;

    @PersonalData(value = InformationClass.C2, kind = PersonalDataKind.EMAIL, encrypted = true)
    @Column(name = "email_enc", length = 400)
    private String emailEncrypted;

    @Column(name = "email_index", length = 64)
    private String emailIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", length = 8)
    private PreferredChannel preferredChannel;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When retention anonymised it (its personal data gone, its codes and dates kept). */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String name, String idNumberEncrypted, String idNumberIndex, String phoneEncrypted, String phoneIndex,
             String branchCode, Instant createdAt, String createdBy) {
        this.name = Objects.requireNonNull(name);
        this.idNumberEncrypted = Objects.requireNonNull(idNumberEncrypted);
        this.idNumberIndex = Objects.requireNonNull(idNumberIndex);
        this.phoneEncrypted = phoneEncrypted;
        this.phoneIndex = phoneIndex;
        this.branchCode = Objects.requireNonNull(branchCode);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /**
     * Replaces the ciphertexts and indexes with ones made under the current key (an anonymised
     * customer has no identity number left, and keeps none).
     */
    void reencrypt(String idNumberCiphertext, String idIndex, String phoneCiphertext, String phoneIdx) {
        this.idNumberEncrypted = idNumberCiphertext;
        this.idNumberIndex = idIndex;
        this.phoneEncrypted = phoneCiphertext;
        this.phoneIndex = phoneIdx;
    }

    void changeEmail(String encrypted, String index) {
        this.emailEncrypted = encrypted;
        this.emailIndex = index;
    }

    void prefer(PreferredChannel channel) {
        this.preferredChannel = channel;
    }

    void changePhone(String encrypted, String index) {
        this.phoneEncrypted = encrypted;
        this.phoneIndex = index;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    String idNumberEncrypted() {
        return idNumberEncrypted;
    }

    String phoneEncrypted() {
        return phoneEncrypted;
    }

    String emailEncrypted() {
        return emailEncrypted;
    }

    public PreferredChannel preferredChannel() {
        return preferredChannel;
    }

    public String branchCode() {
        return branchCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }
}
