package com.servicedesk.customer;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A correction of a customer's name, phone, e-mail or preferred channel; a field left out stays as it is (an empty e-mail removes it). */
public record ContactChange(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(max = 20) String phone,
        @Size(max = 254) String email,
        PreferredChannel preferredChannel) {
}
