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
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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

    private final LazyDataModel<ApplicationSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) search(0, 1).total();
        }

        @Override
        public List<ApplicationSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                             Map<String, FilterMeta> filters) {
            Page<ApplicationSummary> page = search(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ApplicationSummary row) {
            return Long.toString(row.id());
        }
    };

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
