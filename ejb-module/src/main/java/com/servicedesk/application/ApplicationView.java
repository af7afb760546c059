package com.servicedesk.application;

import com.servicedesk.attachment.AttachmentView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A business application as staff and API clients see it; {@code documentFiles} names the file behind each checklist item that has one. */
public record ApplicationView(long id, String reference, ApplicationStatus status, long customerId,
                              String customerName, String branchCode, String type, String typeName,
                              String description, Set<String> documents, List<String> missingDocuments,
                              Map<String, AttachmentView> documentFiles,
                              String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
                              Set<String> submitters, String reviewer, Instant reviewedAt, String reviewNote,
                              String processedBy, Instant completedAt, int submitCount,
                              List<ApplicationAction> allowedActions, long version) implements java.io.Serializable {
}
