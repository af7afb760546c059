package com.servicedesk.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One case a search found: its kind ({@code complaint}, {@code service-request}, {@code application}),
 * id and reference, a title, and the passage that matched as {@code highlight}: plain text,
 * HTML-escaped, with the match between {@code <em>} and {@code </em>}.
 */
public record SearchHit(String type, long id, String reference, String title, String highlight, Instant receivedAt) implements java.io.Serializable {

    /** By kind and id: JSON-B hashes each record it writes (see {@code Page}). */
    @Override
    public int hashCode() {
        return Objects.hash(type, id);
    }
}
