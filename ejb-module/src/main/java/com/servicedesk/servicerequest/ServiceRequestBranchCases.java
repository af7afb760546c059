package com.servicedesk.servicerequest;

import com.servicedesk.organisation.BranchCases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** Open service requests: every status but closed and cancelled. */
@Stateless
@PermitAll
public class ServiceRequestBranchCases extends BranchCases {

    public ServiceRequestBranchCases() {
        super("service requests", "ServiceRequest", ServiceRequestService.AUDIT_TYPE,
                "x.status not in (com.servicedesk.servicerequest.ServiceRequestStatus.CLOSED, com.servicedesk.servicerequest.ServiceRequestStatus.CANCELLED)");
    }
}
