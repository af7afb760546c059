package com.servicedesk.complaint;

import com.servicedesk.organisation.BranchCases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.stream.Collectors;

/** Open complaints: every status but the final ones (declined, closed, withdrawn). */
@Stateless
@PermitAll
public class ComplaintBranchCases extends BranchCases {

    public ComplaintBranchCases() {
        super("complaints", "Complaint", ComplaintService.AUDIT_TYPE,
                ComplaintStatus.finalStates().stream().map(s -> ComplaintStatus.class.getName() + "." + s.name())
                        .collect(Collectors.joining(", ", "x.status not in (", ")")));
    }
}
