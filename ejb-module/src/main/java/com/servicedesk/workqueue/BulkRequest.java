package com.servicedesk.workqueue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An action on a selection: the list the cases come from, their ids (at most {@link BulkActions#MAX_ITEMS}),
 * and what the action takes ({@code assignee} to assign, {@code note} to add a note).
 */
public record BulkRequest(@NotNull CaseList list, @NotNull BulkAction action,
                          @NotNull @Size(min = 1, max = BulkActions.MAX_ITEMS) List<@NotNull @Positive Long> ids,
                          @Size(max = 64) String assignee, @Size(max = 2000) String note) {
}
