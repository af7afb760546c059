package com.servicedesk.complaint;

import com.servicedesk.security.InformationClass;
import com.servicedesk.security.PersonalData;
import com.servicedesk.security.PersonalDataKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The person who brings the complaint for the customer (art. 14): an agent, an heir or a guardian,
 * with their phone (encrypted like the customer's) and the evidence file of their authorisation,
 * without which the complaint is not accepted.
 */
@Embeddable
public class Representative {

    @Column(name = "representative_name", length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_relation", length = 16)
    private RepresentativeRelation relation;

    @PersonalData(value = InformationClass.C2, kind = PersonalDataKind.PHONE, encrypted = true)
    @Column(name = "representative_phone_enc", length = 200)
    private String phoneEncrypted;

    /** The evidence file of the written authorisation, the proof of heirship or of guardianship. */
    @Column(name = "representative_authorisation_id")
    private Long authorisationAttachmentId;

    protected Representative() {
    }

    public Representative(String name, RepresentativeRelation relation, String phoneEncrypted, Long authorisationAttachmentId) {
        this.name = Objects.requireNonNull(name);
        this.relation = Objects.requireNonNull(relation);
        this.phoneEncrypted = phoneEncrypted;
        this.authorisationAttachmentId = authorisationAttachmentId;
    }

    public String name() {
        return name;
    }

    public RepresentativeRelation relation() {
        return relation;
    }

    public String phoneEncrypted() {
        return phoneEncrypted;
    }

    public Long authorisationAttachmentId() {
        return authorisationAttachmentId;
    }

    public boolean hasAuthorisation() {
        return authorisationAttachmentId != null;
    }

    void authorisedBy(long attachmentId) {
        this.authorisationAttachmentId = attachmentId;
    }

    void reencryptPhone(String phoneEncrypted) {
        this.phoneEncrypted = phoneEncrypted;
    }
}
