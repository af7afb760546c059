package com.servicedesk.workqueue;

import java.io.Serializable;
import java.util.List;

/** What a bulk action did to each case, and what it refused and why, in the order the ids were given. */
public record BulkResult(CaseList list, BulkAction action, List<Done> done, List<Refused> refused) implements Serializable {

    /** A case the action was carried out on, at its new version. */
    public record Done(long id, String reference, long version) implements Serializable {
    }

    /** A case the action was refused for: the refusal's code (as a problem's type ends) and its reason. */
    public record Refused(long id, String reference, String code, String reason) implements Serializable {
    }
}
