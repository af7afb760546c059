package com.servicedesk.reporting;

import com.servicedesk.shared.Role;
import java.util.Set;

/**
 * The reports there are: a short code for their numbers, a Chinese and an English name, the short
 * Chinese name its files take, the formats they come in, whether a regulator keeps the PDF (then it
 * is PDF/A), and which roles may have it.
 */
public enum ReportType {
    COMPLAINT_STATISTICS("CS", "消费投诉统计报告", "投诉统计报告", "Consumer complaint statistics",
            Set.of(ReportFormat.PDF, ReportFormat.XLSX), true, Set.of(Role.MANAGER, Role.AUDITOR)),
    COMPLAINT_RECORD("CR", "单笔投诉处理记录", "投诉处理记录", "Complaint case record", Set.of(ReportFormat.PDF), true,
            Set.of(Role.SUPERVISOR, Role.MANAGER, Role.AUDITOR)),
    ASSESSMENT("AS", "服务考核评估报告", "服务考核评估报告", "Service assessment report",
            Set.of(ReportFormat.PDF, ReportFormat.XLSX), true, Set.of(Role.MANAGER, Role.AUDITOR)),
    SECURITY_AUDIT("SA", "信息安全审计报告", "信息安全审计报告", "Information security audit report",
            Set.of(ReportFormat.PDF), true, Set.of(Role.AUDITOR)),
    SERVICE_QUALITY("SQ", "服务质量报告", "服务质量报告", "Service quality report", Set.of(ReportFormat.PDF), false,
            Set.of(Role.SUPERVISOR, Role.MANAGER, Role.AUDITOR)),
    /** Made by a retention run, never on request (see {@link #onRequest()}). */
    RETENTION_PROOF("RP", "个人信息销毁证明", "个人信息销毁证明", "Proof of destruction of personal information",
            Set.of(ReportFormat.PDF), true, Set.of(Role.AUDITOR));

    private final String code;
    private final String nameZh;
    private final String fileZh;
    private final String nameEn;
    private final Set<ReportFormat> formats;
    private final boolean regulatory;
    private final Set<Role> readers;

    ReportType(String code, String nameZh, String fileZh, String nameEn, Set<ReportFormat> formats, boolean regulatory,
               Set<Role> readers) {
        this.readers = readers;
        this.code = code;
        this.nameZh = nameZh;
        this.fileZh = fileZh;
        this.nameEn = nameEn;
        this.formats = formats;
        this.regulatory = regulatory;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The short Chinese name that begins its file names. */
    public String fileZh() {
        return fileZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Set<ReportFormat> formats() {
        return formats;
    }

    /** Whether the role may generate and read this report: the one rule both front ends ask. */
    public boolean allows(Role role) {
        return readers.contains(role);
    }

    /** Whether staff generate it by asking (the retention run's proof is made by the run alone). */
    public boolean onRequest() {
        return this != RETENTION_PROOF;
    }

    /** Kept by a regulator: its PDF is PDF/A-1b. */
    public boolean regulatory() {
        return regulatory;
    }
}
