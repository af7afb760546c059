package com.servicedesk.web.portal;

import com.servicedesk.application.ApplicationFilter;
import com.servicedesk.application.ApplicationService;
import com.servicedesk.application.ApplicationStatus;
import com.servicedesk.application.ApplicationSummary;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.workqueue.CaseList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * The list of business applications, or the checker's review queue when {@code review} is set; a saved
 * view opened from the menu, and the ticked rows the list tools act on.
 */
@Named
@ViewScoped
public class ApplicationListBacking extends CaseListBacking<ApplicationSummary> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    private boolean review;
    private List<ApplicationStatus> statuses = new ArrayList<>();

    private final LazyDataModel<ApplicationSummary> model = PagedModel.of(this::search, row -> Long.toString(row.id()));

    private Page<ApplicationSummary> search(int page, int size) {
        try {
            ListQuery saved = viewQuery();
            return review ? applications.reviewQueue(new PageRequest(page, size))
                    : applications.list(saved == null ? filter() : ApplicationFilter.parse(saved), new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(Set.copyOf(statuses), null, null, null);
    }

    @Override
    protected void show(ListQuery query) {
        statuses = new ArrayList<>(ApplicationFilter.parse(query).statuses());
    }

    @Override
    protected long idOf(ApplicationSummary row) {
        return row.id();
    }

    @Override
    public CaseList getList() {
        return CaseList.APPLICATIONS;
    }

    @Override
    public String getQuery() {
        if (getView() != null) {
            return getView().query();
        }
        return ListQuery.of("status", filter().statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .canonical();
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
