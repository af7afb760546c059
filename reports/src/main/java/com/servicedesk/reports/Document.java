package com.servicedesk.reports;

import java.awt.Image;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A formal document built section by section for the {@code document} template: label/value lines,
 * paragraphs and tables of up to eight columns, with an optional introduction, chart, closing text
 * and sign-off block.
 */
public final class Document {

    /** One line of the document as the template reads it. */
    public record Line(String section, String sectionTitle, String kind, String c1, String c2, String c3, String c4,
                       String c5, String c6, String c7, String c8, Boolean emphasis) {
    }

    static final String TEMPLATE = "document";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Reports.ZONE);

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private int sections;
    private String key;
    private String title;

    public Document subtitle(String text) {
        parameters.put("Subtitle", text);
        return this;
    }

    public Document intro(String text) {
        parameters.put("Intro", text);
        return this;
    }

    public Document chart(String chartTitle, Image chart) {
        parameters.put("ChartTitle", chartTitle);
        parameters.put("Chart", chart);
        return this;
    }

    public Document closing(String text) {
        parameters.put("Closing", text);
        return this;
    }

    public Document signOff() {
        parameters.put("SignOff", Boolean.TRUE);
        return this;
    }

    /** Starts a section; what follows belongs to it. */
    public Document section(String sectionTitle) {
        sections++;
        key = String.format("%04d", sections);
        title = sectionTitle;
        return this;
    }

    public Document kv(String label, Object value) {
        return add("KV", false, label, text(value));
    }

    /** A label/value line whose value stands out. */
    public Document strong(String label, Object value) {
        return add("KV", true, label, text(value));
    }

    public Document text(String paragraph) {
        return add("TEXT", false, paragraph);
    }

    public Document head(String... cells) {
        return add("HEAD", false, cells);
    }

    public Document row(Object... cells) {
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = text(cells[i]);
        }
        return add("ROW", false, texts);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public byte[] pdf(ReportMeta meta) {
        return PdfRenderer.render(TEMPLATE, parameters, lines, meta);
    }

    /** How a value is written: instants to the minute in Beijing time, decimals as written, nothing as blank. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return MINUTES.format(i);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return String.valueOf(value);
    }

    private Document add(String kind, boolean emphasis, String... cells) {
        if (key == null) {
            throw new IllegalStateException("start a section first");
        }
        String[] c = new String[8];
        System.arraycopy(cells, 0, c, 0, Math.min(8, cells.length));
        lines.add(new Line(key, title, kind, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], emphasis));
        return this;
    }
}
