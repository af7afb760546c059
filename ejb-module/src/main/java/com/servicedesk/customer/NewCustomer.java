package com.servicedesk.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff enter to register a customer; the branch defaults to the caller's own. E-mail and channel are optional. */
public record NewCustomer(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 20) String idNumber,
        @Size(max = 20) String phone,
        @Size(max = 254) String email,
        PreferredChannel preferredChannel,
        @Size(max = 16) @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be a branch code such as BJ01") String branchCode) {
}
