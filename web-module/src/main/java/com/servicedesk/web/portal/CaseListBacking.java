package com.servicedesk.web.portal;

import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.workqueue.SavedViewView;
import com.servicedesk.workqueue.SavedViews;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the case list pages share: the saved view a page was opened with ({@code ?view=}), whose filters
 * fill the form and whose query runs as saved until the filters are applied anew, and the ticked rows.
 *
 * @param <S> a row of the list
 */
abstract class CaseListBacking<S> implements Serializable, CaseListPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private SavedViews savedViews;

    @Inject
    protected Messages messages;

    private Long viewId;
    private SavedViewView view;
    private List<S> selected = new ArrayList<>();

    /** Fills the form from a saved view's query. */
    protected abstract void show(ListQuery query);

    protected abstract long idOf(S row);

    /** The view's query when the page shows one, else null. */
    protected ListQuery viewQuery() {
        return view == null ? null : ListQuery.parse(view.query(), "query");
    }

    /** Opens the saved view named in the address: its filters fill the form, its query runs as saved. */
    public void openView() {
        if (viewId == null) {
            return;
        }
        try {
            view = savedViews.get(viewId);
            show(viewQuery());
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    /** The filters were applied anew: the page no longer shows the view. */
    public void leaveView() {
        view = null;
    }

    @Override
    public SavedViewView getView() {
        return view;
    }

    @Override
    public List<Long> getSelectedIds() {
        return selected.stream().map(this::idOf).toList();
    }

    @Override
    public void clearSelection() {
        selected = new ArrayList<>();
    }

    public List<S> getSelected() {
        return selected;
    }

    public void setSelected(List<S> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Long getViewId() {
        return viewId;
    }

    public void setViewId(Long viewId) {
        this.viewId = viewId;
    }
}
