package com.servicedesk.security;

import com.servicedesk.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new staff account, with the first password the administrator hands over. */
public record NewStaff(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z][a-z0-9._-]{1,63}", message = "must be lower-case letters, digits, '.', '_' or '-'") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        @Size(max = 16) String branchCode,
        @Size(max = 16) String regionCode,
        @NotBlank @Size(max = 128) String password) {
}
