package com.servicedesk.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A complaint as staff take it in. The channel is an intake channel (PHONE, ONLINE, MOBILE_APP,
 * BRANCH, LETTER, REGULATOR_TRANSFER); business category and cause are JR/T 0169 codes; receipt
 * defaults to now and may be earlier (a letter received yesterday), never later. A regulator's
 * transfer carries the regulator's reference and the day it transferred the case; a complaint that
 * brings new facts to an earlier one names it in {@code relatedTo} and runs on its own clock. A group
 * complaint carries {@code group} with its representatives; each affected customer's complaint names the
 * group in {@code parentId}.
 */
public record NewComplaint(
        @NotNull @Positive Long customerId,
        @NotBlank @Size(max = 32) String channel,
        @NotBlank @Size(max = 16) String businessCategory,
        @NotBlank @Size(max = 16) String cause,
        @NotBlank @Size(max = 4000) String description,
        OffsetDateTime receivedAt,
        Severity severity,
        @Size(max = 64) String subjectStaff,
        @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 division code") String regionCode,
        @Size(max = 64) String regulatorReference,
        LocalDate transferredOn,
        @Positive Long relatedTo,
        @Valid NewRepresentative representative,
        @Valid NewGroup group,
        @Positive Long parentId) {

    /** A group complaint (art. 12): the one to five representatives the customers sent. */
    public record NewGroup(@NotNull @Size(min = 1, max = 5, message = "a group sends one to five representatives (art. 12)")
                           List<@Valid @NotNull GroupMember> representatives) {
    }

    /** A group's representative: the name and, optionally, a phone. */
    public record GroupMember(@NotBlank @Size(max = 100) String name, @Size(max = 20) String phone) {
    }

    /** Who brings the complaint for the customer: the name, the relation, a phone, and the authorisation's file if already uploaded. */
    public record NewRepresentative(@NotBlank @Size(max = 100) String name, @NotNull RepresentativeRelation relation,
                                    @Size(max = 20) String phone, @Positive Long authorisationAttachmentId) {
    }
}
