package com.servicedesk.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** An archived report as listed: everything but its bytes. */
public record ArchiveView(long id, String reportNumber, ReportType type, String title, String periodLabel,
                          LocalDate periodFrom, LocalDate periodTo, String subjectRef, ReportFormat format,
                          boolean archival, String fileName, long sizeBytes, String sha256, String generatedBy,
                          Instant generatedAt) implements java.io.Serializable {

    static ArchiveView of(ArchivedReport r) {
        return new ArchiveView(r.id(), r.reportNumber(), ReportType.valueOf(r.reportType()), r.title(), r.periodLabel(),
                r.periodFrom(), r.periodTo(), r.subjectRef(), r.format(), r.archival(), r.fileName(), r.sizeBytes(),
                r.sha256(), r.generatedBy(), r.generatedAt());
    }

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
