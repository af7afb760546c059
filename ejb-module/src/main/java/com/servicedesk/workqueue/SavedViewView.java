package com.servicedesk.workqueue;

import java.io.Serializable;
import java.time.Instant;

/**
 * A saved view as its viewer sees it: whose it is, with whom it is shared, and how many cases its
 * query lists now in the viewer's own branch scope.
 */
public record SavedViewView(long id, String name, CaseList list, String query, String owner, boolean mine,
                            boolean shared, String sharedWith, long count, Instant updatedAt, long version)
        implements Serializable {
}
