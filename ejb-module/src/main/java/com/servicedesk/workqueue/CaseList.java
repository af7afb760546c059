package com.servicedesk.workqueue;

import com.servicedesk.application.ApplicationFilter;
import com.servicedesk.attachment.CaseKind;
import com.servicedesk.complaint.ComplaintFilter;
import com.servicedesk.servicerequest.ServiceRequestFilter;
import java.util.Set;

/** The case lists a view can be saved of and a selection taken from, with the query parameters each takes. */
public enum CaseList {
    COMPLAINTS(CaseKind.COMPLAINT, ComplaintFilter.PARAMETERS),
    SERVICE_REQUESTS(CaseKind.SERVICE_REQUEST, ServiceRequestFilter.PARAMETERS),
    APPLICATIONS(CaseKind.APPLICATION, ApplicationFilter.PARAMETERS);

    private final CaseKind kind;
    private final Set<String> parameters;

    CaseList(CaseKind kind, Set<String> parameters) {
        this.kind = kind;
        this.parameters = parameters;
    }

    public CaseKind kind() {
        return kind;
    }

    public Set<String> parameters() {
        return parameters;
    }
}
