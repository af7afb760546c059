package com.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A business application as the maker starts it: a draft until submitted. */
public record NewApplication(
        @NotNull @Positive Long customerId,
        @NotBlank @Size(max = 32) String type,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 20) Set<@NotBlank @Size(max = 32) String> documents) {
}
