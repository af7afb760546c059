package com.servicedesk.application;

import com.servicedesk.organisation.BranchCases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** Open business applications: every status but completed and rejected. */
@Stateless
@PermitAll
public class ApplicationBranchCases extends BranchCases {

    public ApplicationBranchCases() {
        super("business applications", "BusinessApplication", ApplicationService.AUDIT_TYPE,
                "x.status not in (com.servicedesk.application.ApplicationStatus.COMPLETED, com.servicedesk.application.ApplicationStatus.REJECTED)");
    }
}
