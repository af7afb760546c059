package com.servicedesk.customer;

import java.time.Instant;

/** A customer as staff see one: identity number, phone and e-mail masked. */
public record CustomerView(long id, String name, String idNumber, String phone, String email,
                           PreferredChannel preferredChannel, String branchCode,
                           Instant createdAt, long version) implements java.io.Serializable {

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
