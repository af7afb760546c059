package com.servicedesk.complaint;

import com.servicedesk.organisation.BranchCases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** Open complaints: every status but the final ones (declined, closed, withdrawn). */
@Stateless
@PermitAll
public class ComplaintBranchCases extends BranchCases {

    public ComplaintBranchCases() {
        super("complaints", "Complaint", ComplaintService.AUDIT_TYPE,
                "x.status not in (com.servicedesk.complaint.ComplaintStatus.DECLINED, com.servicedesk.complaint.ComplaintStatus.CLOSED,"
                        + " com.servicedesk.complaint.ComplaintStatus.WITHDRAWN)");
    }
}
