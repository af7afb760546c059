package com.servicedesk.followup;

import com.servicedesk.organisation.BranchCases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** Open follow-ups: the return visits still to make. */
@Stateless
@PermitAll
public class FollowUpBranchCases extends BranchCases {

    public FollowUpBranchCases() {
        super("follow-ups", "FollowUp", FollowUpService.AUDIT_TYPE,
                "x.status = com.servicedesk.followup.FollowUpStatus.OPEN");
    }
}
