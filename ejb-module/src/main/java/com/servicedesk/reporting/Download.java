package com.servicedesk.reporting;

/** A file to send: its name, media type, bytes and their SHA-256. */
public record Download(String fileName, String contentType, byte[] content, String sha256, String reportNumber) {
}
