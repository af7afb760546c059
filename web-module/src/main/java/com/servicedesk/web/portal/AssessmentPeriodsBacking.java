package com.servicedesk.web.portal;

import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.PeriodKind;
import com.servicedesk.assessment.PeriodView;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** The assessment periods, newest first; a manager opens the next one. */
@Named
@ViewScoped
public class AssessmentPeriodsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssessmentService assessments;

    @Inject
    private Messages messages;

    @Inject
    private TimeSource time;

    private List<PeriodView> periods = List.of();
    private PeriodKind kind = PeriodKind.MONTH;
    private String label;

    @PostConstruct
    void load() {
        label = YearMonth.from(time.today()).toString();
        periods = assessments.periods();
    }

    public String create() {
        PeriodView created = assessments.createPeriod(kind, label);
        return "/assessment-period?faces-redirect=true&id=" + created.id();
    }

    public PeriodKind[] getKinds() {
        return PeriodKind.values();
    }

    public List<PeriodView> getPeriods() {
        return periods;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
