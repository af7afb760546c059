package com.servicedesk.notification;

import java.time.Instant;

/** A letter as a case lists it; {@code caseId} is the case it was written for (a survivor lists those of cases merged into it). */
public record LetterView(long id, long caseId, LetterKind kind, String number, Instant createdAt, String createdBy,
                         long size, String sha256) implements java.io.Serializable {

    static LetterView of(Letter l) {
        return new LetterView(l.id(), l.caseId(), l.kind(), l.number(), l.createdAt(), l.createdBy(), l.size(), l.sha256());
    }
}
