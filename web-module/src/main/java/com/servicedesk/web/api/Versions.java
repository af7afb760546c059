package com.servicedesk.web.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * A record's optimistic-lock version as an HTTP entity tag, and back: {@code If-Match: "3"} (or the
 * weak {@code W/"3"}) becomes the version the caller expects; {@code *} or no header expects none.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match names, null when it names none, or -1 when it names something that
     * can never match (so the write fails with 412, as HTTP prescribes).
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
