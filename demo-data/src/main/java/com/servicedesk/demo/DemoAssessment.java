package com.servicedesk.demo;

import com.servicedesk.assessment.AssessmentComputation;
import com.servicedesk.assessment.AssessmentPeriod;
import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.PeriodKind;

import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Assessment periods over the demo months: each complete month of the last six and the last two
 * complete quarters, computed under the default standard; all but the latest month and quarter
 * approved (which raises the improvement plans of failing results); the current month opened but
 * not yet computed.
 */
@ApplicationScoped
public class DemoAssessment implements DemoDataContributor {

    static final int MONTHS = 6;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AssessmentService assessments;

    @EJB
    private AssessmentComputation computation;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public int seed(DemoRandom random) {
        String manager = em.createQuery("select u.username from StaffUser u where u.role = :m order by u.username",
                String.class).setParameter("m", Role.MANAGER).setMaxResults(1).getSingleResult();
        LocalDate today = time.today();
        YearMonth current = YearMonth.from(today);
        List<AssessmentPeriod> computed = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            computed.add(assessments.open(PeriodKind.MONTH, current.minusMonths(back).toString(), manager));
        }
        int currentQuarter = (current.getMonthValue() - 1) / 3;
        YearMonth quarterStart = YearMonth.of(current.getYear(), currentQuarter * 3 + 1);
        for (int back = 2; back >= 1; back--) {
            YearMonth q = quarterStart.minusMonths(3L * back);
            computed.add(assessments.open(PeriodKind.QUARTER, q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1),
                    manager));
        }
        assessments.open(PeriodKind.MONTH, current.toString(), manager);
        for (AssessmentPeriod p : computed) {
            computation.compute(p.id(), manager, AssessmentComputation.Progress.NONE);
        }
        AssessmentPeriod latestMonth = computed.get(MONTHS - 1);
        AssessmentPeriod latestQuarter = computed.get(computed.size() - 1);
        for (AssessmentPeriod p : computed) {
            if (p != latestMonth && p != latestQuarter) {
                assessments.approveAs(p.id(), null, "已审阅，考核结果与网点实际相符，同意发布。", manager);
            }
        }
        return computed.size() + 1;
    }
}
