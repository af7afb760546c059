package com.servicedesk.workqueue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a saved view is: its name, the list, the list's query parameters (as its API takes them,
 * {@code status=INVESTIGATING&overdue=true&sort=decisionDueAt,asc}; paging is left out), and whether it
 * is shared with the owner's branch.
 */
public record ViewDefinition(@NotBlank @Size(max = 100) String name, @NotNull CaseList list,
                             @Size(max = 1000) String query, boolean shared) {
}
