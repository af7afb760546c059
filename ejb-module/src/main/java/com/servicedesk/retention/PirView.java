package com.servicedesk.retention;

import java.time.Instant;

/** A personal-information request as the API and the portal show it, with its service request and its due time. */
public record PirView(long id, long serviceRequestId, String serviceRequestReference, long customerId,
                      PersonalInformationRequest.Kind kind, PersonalInformationRequest.Status status, Instant dueAt,
                      String preparedBy, Instant preparedAt, Long pdfAttachmentId, Long jsonAttachmentId, String releasedBy,
                      Instant releasedAt, String outcome, long version) {
}
