package com.servicedesk.servicerequest;

import java.time.Instant;
import java.util.List;

/** A service request as staff and API clients see it, with its clocks and what may happen next. */
public record ServiceRequestView(long id, String reference, ServiceRequestStatus status, long customerId,
                                 String customerName, String branchCode, String channel, String category,
                                 String subject, String description, String assignee, String registeredBy,
                                 Instant receivedAt, Instant firstResponseDueAt, Instant resolutionDueAt,
                                 Instant dueAt, String timeRemaining, boolean overdue, Instant acceptedAt,
                                 Instant respondedAt, String response, Boolean feedbackUnderstood,
                                 Boolean feedbackSatisfied, String feedbackNote, Instant followedUpAt,
                                 Instant closedAt, String cancelReason, int escalationLevel,
                                 List<ServiceRequestAction> allowedActions, long version) implements java.io.Serializable {
}
