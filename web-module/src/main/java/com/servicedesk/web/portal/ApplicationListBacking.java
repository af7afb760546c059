package com.servicedesk.web.portal;

import com.servicedesk.application.ApplicationService;
import com.servicedesk.application.ApplicationStatus;
import com.servicedesk.application.ApplicationSummary;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The list of business applications, or the checker's review queue when {@code review} is set. */
@Named
@ViewScoped
public class ApplicationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ApplicationService applications;

    @Inject
    private Messages messages;

    private boolean review;
    private List<ApplicationStatus> statuses = new ArrayList<>();

    private final LazyDataModel<ApplicationSummary> model = PagedModel.of(this::search, row -> Long.toString(row.id()));

    private Page<ApplicationSummary> search(int page, int size) {
        try {
            return review ? applications.reviewQueue(new PageRequest(page, size))
                    : applications.list(statuses.isEmpty() ? EnumSet.noneOf(ApplicationStatus.class)
                    : EnumSet.copyOf(statuses), null, null, null, new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    public List<ApplicationStatus> getStatusOptions() {
        return List.of(ApplicationStatus.values());
    }

    public LazyDataModel<ApplicationSummary> getModel() {
        return model;
    }

    public boolean isReview() {
        return review;
    }

    public void setReview(boolean review) {
        this.review = review;
    }

    public List<ApplicationStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<ApplicationStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }
}
