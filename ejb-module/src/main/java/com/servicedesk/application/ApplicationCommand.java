package com.servicedesk.application;

import java.util.Set;

/**
 * The details an action may carry: a note (required to return or reject), and on (re)submission
 * the corrected document list and description.
 */
public record ApplicationCommand(String note, Set<String> documents, String description) {

    public static ApplicationCommand note(String note) {
        return new ApplicationCommand(note, null, null);
    }
}
