package com.servicedesk.notification;

import java.time.Instant;

/** A letter as a case lists it. */
public record LetterView(long id, LetterKind kind, String number, Instant createdAt, String createdBy, long size,
                         String sha256) {

    static LetterView of(Letter l) {
        return new LetterView(l.id(), l.kind(), l.number(), l.createdAt(), l.createdBy(), l.size(), l.sha256());
    }
}
