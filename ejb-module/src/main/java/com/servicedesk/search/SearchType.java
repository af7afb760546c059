package com.servicedesk.search;

import com.servicedesk.shared.InvalidInputException;
import java.util.Arrays;

/**
 * The kinds of case a search looks in, each with its table, its date and its texts in the order a
 * highlight prefers them, the first being the hit's title.
 */
enum SearchType {

    COMPLAINT("complaint", "complaint", "received_at", "description", "resolution", "root_cause"),
    SERVICE_REQUEST("service-request", "service_request", "received_at", "subject", "description", "response",
            "feedback_note"),
    APPLICATION("application", "business_application", "created_at", "description", "review_note");

    final String name;
    final String table;
    final String dateColumn;
    final String[] textColumns;

    SearchType(String name, String table, String dateColumn, String... textColumns) {
        this.name = name;
        this.table = table;
        this.dateColumn = dateColumn;
        this.textColumns = textColumns;
    }

    static SearchType of(String name) {
        return Arrays.stream(values()).filter(t -> t.name.equals(name)).findFirst().orElseThrow(() ->
                new InvalidInputException("type", "must be one of complaint, service-request, application"));
    }
}
