package com.servicedesk.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A proposed version of a kind's retention: the years after the record ended (none keeps it), what happens
 * then, from which day (today or later), and the rule it follows.
 */
public record NewPolicy(@NotNull RecordKind kind, @Min(1) @Max(100) Integer years, @NotNull RetentionAction action,
                        @Size(max = 16) String businessCategory, LocalDate effectiveFrom,
                        @NotBlank @Size(max = 1000) String basis) {
}
