package com.servicedesk.complaint;

import com.servicedesk.security.InformationClass;
import com.servicedesk.security.PersonalData;
import com.servicedesk.security.PersonalDataKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One of the (at most five) people a group of customers sends to complain for all of them (art. 12). */
@Embeddable
public class GroupRepresentative {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @PersonalData(value = InformationClass.C2, kind = PersonalDataKind.PHONE, encrypted = true)
    @Column(name = "phone_enc", length = 200)
    private String phoneEncrypted;

    protected GroupRepresentative() {
    }

    public GroupRepresentative(String name, String phoneEncrypted) {
        this.name = Objects.requireNonNull(name);
        this.phoneEncrypted = phoneEncrypted;
    }

    public String name() {
        return name;
    }

    public String phoneEncrypted() {
        return phoneEncrypted;
    }

    GroupRepresentative withPhone(String encrypted) {
        return new GroupRepresentative(name, encrypted);
    }
}
