package com.servicedesk.reports;

/** A rendered report: its bytes, their SHA-256 (hex), its media type and a file name to offer. */
public record RenderedReport(byte[] content, String sha256, String contentType, String fileName) {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RenderedReport of(byte[] content, String contentType, String fileName) {
        return new RenderedReport(content, Reports.sha256(content), contentType, fileName);
    }
}
