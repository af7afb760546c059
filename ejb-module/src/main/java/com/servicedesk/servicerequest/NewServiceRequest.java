package com.servicedesk.servicerequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A request as staff take it in, on one of the service channels (PHONE, ONLINE, MOBILE_APP, BRANCH). */
public record NewServiceRequest(
        @NotNull @Positive Long customerId,
        @NotBlank @Size(max = 32) String channel,
        @NotBlank @Size(max = 32) String category,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String description) {
}
