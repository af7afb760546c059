package com.servicedesk.attachment;

import java.time.Instant;

/** A note on a case as the API and the portal show it. */
public record NoteView(long id, long caseId, String text, String writtenBy, Instant writtenAt) implements java.io.Serializable {

    static NoteView of(CaseNote n) {
        return new NoteView(n.id(), n.caseId(), n.body(), n.writtenBy(), n.writtenAt());
    }
}
