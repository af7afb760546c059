package com.servicedesk.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A version of an assessment standard (服务考核标准): its KPIs and grade bands. A version is never
 * changed once created; a new target or weight makes a new version, and each period keeps the
 * version it was scored with.
 */
@Entity
@Table(name = "assessment_standard")
public class AssessmentStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_kpi", joinColumns = @JoinColumn(name = "standard_id"))
    @OrderBy("sortOrder")
    private List<Kpi> kpis = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_grade_band", joinColumns = @JoinColumn(name = "standard_id"))
    private List<GradeBand> bands = new ArrayList<>();

    protected AssessmentStandard() {
    }

    public AssessmentStandard(String code, int versionNo, String nameZh, String nameEn, LocalDate effectiveFrom,
                              String createdBy, List<Kpi> kpis, List<GradeBand> bands) {
        this.code = code;
        this.versionNo = versionNo;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.effectiveFrom = effectiveFrom;
        this.createdBy = createdBy;
        this.kpis.addAll(kpis);
        this.bands.addAll(bands);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int versionNo() {
        return versionNo;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Kpi> kpis() {
        return Collections.unmodifiableList(kpis);
    }

    /** The bands, highest first. */
    public List<GradeBand> bands() {
        return bands.stream().sorted(Comparator.comparing(GradeBand::minScore).reversed()).toList();
    }
}
