package com.servicedesk.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the formal assessment report and the managers' workbook of one period need, in one
 * call: the period, the standard it was scored with, the results of branches and staff in rank
 * order, and how many subjects earned each grade.
 */
public record AssessmentReportData(PeriodView period, StandardView standard, List<ResultView> branches,
                                   List<ResultView> staff, Map<Grade, Long> gradeCounts, Instant generatedAt) {
}
