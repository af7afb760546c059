package com.servicedesk.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores subjects from the records of a period under a standard. Pure and deterministic: the same
 * records give the same results, in the same order (by type, then rank, then subject).
 */
public final class AssessmentCalculator {

    /** A branch or a member of staff (with their branch). */
    public record Subject(SubjectType type, String id, String branchCode) {
    }

    /** A subject's scored KPIs, total, grade and rank among subjects of its type. */
    public record Outcome(Subject subject, List<ResultKpi> kpis, BigDecimal total, Grade grade, int rank) {
    }

    private AssessmentCalculator() {
    }

    /**
     * @param customers the customers of each branch at the period's end, for rates per 10,000
     *                  customers; subjects with no applicable KPI at all are left out
     */
    public static List<Outcome> compute(List<Kpi> kpis, List<GradeBand> bands, List<Subject> subjects,
                                        Map<KpiFormula, List<KpiRecord>> records, Map<String, Long> customers) {
        Map<SubjectType, List<Scored>> byType = new EnumMap<>(SubjectType.class);
        for (Subject subject : subjects) {
            List<ResultKpi> scored = kpis.stream().map(k -> score(k, subject, records, customers)).toList();
            BigDecimal total = KpiScoring.total(scored);
            if (total != null) {
                byType.computeIfAbsent(subject.type(), t -> new ArrayList<>()).add(new Scored(subject, scored, total));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        byType.forEach((type, list) -> {
            list.sort(Comparator.comparing(Scored::total).reversed().thenComparing(s -> s.subject().id()));
            List<Integer> ranks = KpiScoring.ranks(list.stream().map(Scored::total).toList());
            for (int i = 0; i < list.size(); i++) {
                Scored s = list.get(i);
                outcomes.add(new Outcome(s.subject(), s.kpis(), s.total(), KpiScoring.grade(s.total(), bands),
                        ranks.get(i)));
            }
        });
        return outcomes;
    }

    private static ResultKpi score(Kpi kpi, Subject subject, Map<KpiFormula, List<KpiRecord>> records,
                                   Map<String, Long> customers) {
        if (!kpi.appliesTo().includes(subject.type())) {
            return notApplicable(kpi);
        }
        List<KpiRecord> mine = records.getOrDefault(kpi.formula(), List.of()).stream()
                .filter(r -> r.countsFor(subject)).toList();
        BigDecimal numerator = mine.stream().map(KpiRecord::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denominator = kpi.formula().unit() == KpiFormula.Unit.PER_10K
                ? BigDecimal.valueOf(customers.getOrDefault(subject.branchCode(), 0L))
                : BigDecimal.valueOf(mine.size());
        BigDecimal value = KpiScoring.value(kpi.formula().unit(), numerator, denominator);
        if (value == null) {
            return notApplicable(kpi);
        }
        return new ResultKpi(kpi.code(), numerator, denominator, value,
                KpiScoring.score(value, kpi.target(), kpi.direction()), kpi.weight(), true);
    }

    private static ResultKpi notApplicable(Kpi kpi) {
        return new ResultKpi(kpi.code(), null, null, null, null, kpi.weight(), false);
    }

    private record Scored(Subject subject, List<ResultKpi> kpis, BigDecimal total) {
    }
}
