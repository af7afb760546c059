package com.servicedesk.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A business application as staff and API clients see it. */
public record ApplicationView(long id, String reference, ApplicationStatus status, long customerId,
                              String customerName, String branchCode, String type, String typeName,
                              String description, Set<String> documents, List<String> missingDocuments,
                              String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
                              Set<String> submitters, String reviewer, Instant reviewedAt, String reviewNote,
                              String processedBy, Instant completedAt, int submitCount,
                              List<ApplicationAction> allowedActions, long version) {
}
