package com.servicedesk.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The assessment of one branch or member of staff in one period: each KPI, the total, grade and rank. */
@Entity
@Table(name = "assessment_result")
public class AssessmentResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 8)
    private SubjectType subjectType;

    @Column(nullable = false, length = 64)
    private String subject;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "total_score", nullable = false, precision = 7, scale = 2)
    private BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Grade grade;

    @Column(name = "rank_no", nullable = false)
    private int rank;

    @Column(name = "improvement_action_id")
    private Long improvementActionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_result_kpi", joinColumns = @JoinColumn(name = "result_id"))
    private List<ResultKpi> kpis = new ArrayList<>();

    protected AssessmentResult() {
    }

    AssessmentResult(long periodId, AssessmentCalculator.Outcome outcome) {
        this.periodId = periodId;
        this.subjectType = outcome.subject().type();
        this.subject = outcome.subject().id();
        this.branchCode = outcome.subject().branchCode();
        this.totalScore = outcome.total();
        this.grade = outcome.grade();
        this.rank = outcome.rank();
        this.kpis.addAll(outcome.kpis());
    }

    void planned(long actionId) {
        this.improvementActionId = actionId;
    }

    public Long id() {
        return id;
    }

    public long periodId() {
        return periodId;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String subject() {
        return subject;
    }

    public String branchCode() {
        return branchCode;
    }

    public BigDecimal totalScore() {
        return totalScore;
    }

    public Grade grade() {
        return grade;
    }

    public int rank() {
        return rank;
    }

    public Long improvementActionId() {
        return improvementActionId;
    }

    public List<ResultKpi> kpis() {
        return Collections.unmodifiableList(kpis);
    }
}
