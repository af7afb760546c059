package com.servicedesk.search;

/** The passage of a text around a match, as HTML-escaped plain text with the match in {@code <em>}. */
final class Highlights {

    private static final String ELLIPSIS = "…";

    private Highlights() {
    }

    /** The passage around the first case-insensitive occurrence of {@code term}, or null when it does not occur. */
    static String around(String text, String term, int before, int after) {
        if (text == null) {
            return null;
        }
        int at = indexOfIgnoringCase(text, term);
        if (at < 0) {
            return null;
        }
        int end = at + term.length();
        int from = Math.max(0, at - before);
        int to = Math.min(text.length(), end + after);
        return (from > 0 ? ELLIPSIS : "") + escape(text.substring(from, at)) + "<em>" + escape(text.substring(at, end))
                + "</em>" + escape(text.substring(end, to)) + (to < text.length() ? ELLIPSIS : "");
    }

    /** The text cut to {@code max} characters, with an ellipsis when it was longer. */
    static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max) + ELLIPSIS;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOfIgnoringCase(String text, String term) {
        for (int i = 0; i + term.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }
}
