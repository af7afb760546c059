package com.servicedesk.web.portal;

import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Role;
import com.servicedesk.workqueue.BulkAction;
import com.servicedesk.workqueue.BulkActions;
import com.servicedesk.workqueue.BulkRequest;
import com.servicedesk.workqueue.BulkResult;
import com.servicedesk.workqueue.CaseList;
import com.servicedesk.workqueue.SavedViews;
import com.servicedesk.workqueue.ViewDefinition;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The tools above a case list ({@code list-tools.xhtml}): save the filters as a view, and act on the
 * ticked rows (assign, add a note, close service requests, export), showing what was done and what
 * was refused, and why.
 */
@Named
@ViewScoped
public class ListTools implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SavedViews views;

    @EJB
    private BulkActions bulk;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private String viewName;
    private boolean viewShared;
    private String assignee;
    private String note;
    private BulkResult result;

    public void saveView(CaseListPage page) {
        try {
            views.create(new ViewDefinition(viewName, page.getList(), page.getQuery(), viewShared));
            messages.info("views.saved", viewName);
            session.forgetViews();
            viewName = null;
            viewShared = false;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void assign(CaseListPage page) {
        run(page, BulkAction.ASSIGN);
    }

    public void addNote(CaseListPage page) {
        run(page, BulkAction.ADD_NOTE);
    }

    public void close(CaseListPage page) {
        run(page, BulkAction.CLOSE);
    }

    private void run(CaseListPage page, BulkAction action) {
        result = null;
        List<Long> ids = page.getSelectedIds();
        if (ids.isEmpty()) {
            messages.error("bulk.nothingSelected");
            return;
        }
        try {
            result = bulk.apply(new BulkRequest(page.getList(), action, ids, assignee, note));
            page.clearSelection();
            session.forgetViews();
            note = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void export(CaseListPage page) {
        List<Long> ids = page.getSelectedIds();
        if (ids.isEmpty()) {
            messages.error("bulk.nothingSelected");
            return;
        }
        try {
            Downloads.stream(page.getList().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-selection.xlsx",
                    Downloads.XLSX, out -> bulk.export(page.getList(), ids, session.getLocale(), out));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    /** Whether the signed-in member of staff may assign cases of the list (supervisors and managers; not applications). */
    public boolean mayAssign(CaseList list) {
        return list != CaseList.APPLICATIONS && (session.hasRole(Role.SUPERVISOR.name()) || session.hasRole(Role.MANAGER.name()));
    }

    /** Whether they may export a selection (those who may have the ledgers). */
    public boolean mayExport() {
        return session.hasRole(Role.SUPERVISOR.name()) || session.hasRole(Role.MANAGER.name())
                || session.hasRole(Role.AUDITOR.name());
    }

    public BulkResult getResult() {
        return result;
    }

    public String getViewName() {
        return viewName;
    }

    public void setViewName(String viewName) {
        this.viewName = viewName;
    }

    public boolean isViewShared() {
        return viewShared;
    }

    public void setViewShared(boolean viewShared) {
        this.viewShared = viewShared;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
