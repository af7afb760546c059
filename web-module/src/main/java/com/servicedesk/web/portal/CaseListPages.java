package com.servicedesk.web.portal;

import com.servicedesk.workqueue.CaseList;
import com.servicedesk.workqueue.SavedViewView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The portal page of each case list, where a saved view opens. */
@Named
@ApplicationScoped
public class CaseListPages {

    public String page(CaseList list) {
        return switch (list) {
            case COMPLAINTS -> "complaints.xhtml";
            case SERVICE_REQUESTS -> "service-requests.xhtml";
            case APPLICATIONS -> "applications.xhtml";
        };
    }

    /** The page with the view applied, relative to the portal's root. */
    public String href(SavedViewView view) {
        return page(view.list()) + "?view=" + view.id();
    }
}
