package com.servicedesk.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A generated report as submitted: its bytes and their SHA-256, its period and who generated it.
 * It has no setters: once stored it never changes, and generating again stores a new one.
 */
@Entity
@Table(name = "report_archive")
public class ArchivedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_number", nullable = false, unique = true, length = 40, updatable = false)
    private String reportNumber;

    @Column(name = "report_type", nullable = false, length = 40, updatable = false)
    private String reportType;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(name = "period_label", length = 60, updatable = false)
    private String periodLabel;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    private LocalDate periodTo;

    @Column(name = "subject_ref", length = 64, updatable = false)
    private String subjectRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private ReportFormat format;

    @Column(nullable = false, length = 8, updatable = false)
    private String locale;

    @Column(nullable = false, updatable = false)
    private boolean archival;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "generated_by", nullable = false, length = 64, updatable = false)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    protected ArchivedReport() {
    }

    ArchivedReport(ReportRequest request, String reportNumber, String title, String locale, boolean archival,
                   String fileName, String contentType, byte[] content, String sha256, String generatedBy,
                   Instant generatedAt) {
        this.reportNumber = reportNumber;
        this.reportType = request.type().name();
        this.title = title;
        this.periodLabel = request.periodLabel();
        this.periodFrom = request.from();
        this.periodTo = request.to();
        this.subjectRef = request.subjectRef();
        this.format = request.format();
        this.locale = locale;
        this.archival = archival;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
    }

    public Long id() {
        return id;
    }

    public String reportNumber() {
        return reportNumber;
    }

    public String reportType() {
        return reportType;
    }

    public String title() {
        return title;
    }

    public String periodLabel() {
        return periodLabel;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public ReportFormat format() {
        return format;
    }

    public String locale() {
        return locale;
    }

    public boolean archival() {
        return archival;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String generatedBy() {
        return generatedBy;
    }

    public Instant generatedAt() {
        return generatedAt;
    }
}
