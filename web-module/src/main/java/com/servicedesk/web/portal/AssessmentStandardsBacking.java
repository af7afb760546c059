package com.servicedesk.web.portal;

import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.StandardView;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The assessment standards, every version; the administrator drafts the next version from the
 * latest (targets, weights, grade bands) and saves it.
 */
@Named
@ViewScoped
public class AssessmentStandardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable KPI of the draft. */
    public static final class DraftKpi implements Serializable {
        private static final long serialVersionUID = 1L;
        private final StandardView.KpiView kpi;
        private BigDecimal target;
        private BigDecimal weight;

        DraftKpi(StandardView.KpiView kpi) {
            this.kpi = kpi;
            this.target = kpi.target();
            this.weight = kpi.weight();
        }

        public StandardView.KpiView getKpi() {
            return kpi;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }
    }

    /** An editable grade band of the draft. */
    public static final class DraftBand implements Serializable {
        private static final long serialVersionUID = 1L;
        private final StandardView.BandView band;
        private BigDecimal minScore;

        DraftBand(StandardView.BandView band) {
            this.band = band;
            this.minScore = band.minScore();
        }

        public StandardView.BandView getBand() {
            return band;
        }

        public BigDecimal getMinScore() {
            return minScore;
        }

        public void setMinScore(BigDecimal minScore) {
            this.minScore = minScore;
        }
    }

    @EJB
    private AssessmentService assessments;

    @Inject
    private UserSession session;

    @Inject
    private TimeSource time;

    @Inject
    private Messages messages;

    private List<StandardView> standards = List.of();
    private List<DraftKpi> draftKpis = new ArrayList<>();
    private List<DraftBand> draftBands = new ArrayList<>();
    private LocalDate effectiveFrom;

    @PostConstruct
    void load() {
        standards = assessments.standards();
        if (!standards.isEmpty()) {
            StandardView latest = standards.get(0);
            draftKpis = new ArrayList<>(latest.kpis().stream().map(DraftKpi::new).toList());
            draftBands = new ArrayList<>(latest.bands().stream().map(DraftBand::new).toList());
            effectiveFrom = time.today().withDayOfMonth(1).plusMonths(1);
        }
    }

    public void save() {
        StandardView latest = standards.get(0);
        StandardView created = assessments.createStandard(new StandardView(null, latest.code(), 0, latest.nameZh(),
                latest.nameEn(), effectiveFrom, null,
                draftKpis.stream().map(d -> new StandardView.KpiView(d.kpi.code(), d.kpi.formula(), d.kpi.nameZh(),
                        d.kpi.nameEn(), d.kpi.definition(), d.target, d.weight, d.kpi.direction(),
                        d.kpi.appliesTo())).toList(),
                draftBands.stream().map(b -> new StandardView.BandView(b.band.grade(), b.band.nameZh(), b.minScore))
                        .toList()));
        messages.info("standard.saved", created.label());
        load();
    }

    public boolean isAdmin() {
        return session.hasRole(Role.ADMIN.name());
    }

    public BigDecimal getDraftWeightTotal() {
        return draftKpis.stream().map(DraftKpi::getWeight).filter(w -> w != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<StandardView> getStandards() {
        return standards;
    }

    public List<DraftKpi> getDraftKpis() {
        return draftKpis;
    }

    public List<DraftBand> getDraftBands() {
        return draftBands;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
