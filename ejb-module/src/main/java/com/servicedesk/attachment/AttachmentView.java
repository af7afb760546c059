package com.servicedesk.attachment;

import java.time.Instant;

/** An evidence file as the API and the portal show it; {@code caseId} is the case it was uploaded to. */
public record AttachmentView(long id, long caseId, String name, String contentType, long size, String sha256,
                             String uploadedBy, Instant uploadedAt) implements java.io.Serializable {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.caseId(), a.name(), a.contentType(), a.size(), a.sha256(), a.uploadedBy(),
                a.uploadedAt());
    }
}
