package com.servicedesk.web.portal;

import com.servicedesk.workqueue.CaseList;
import com.servicedesk.workqueue.SavedViewView;
import java.util.List;

/**
 * A list page the list tools work on ({@code list-tools.xhtml}): its filters as the list's query
 * parameters (to save as a view), the saved view it shows, and the rows ticked in its table.
 */
public interface CaseListPage {

    CaseList getList();

    /** The filters and sort shown now (the saved view's, while it is shown), as the list's API takes them. */
    String getQuery();

    /** The saved view the page was opened with, until the filters are changed; or null. */
    SavedViewView getView();

    List<Long> getSelectedIds();

    /** Forgets the ticked rows (after an action on them). */
    void clearSelection();
}
