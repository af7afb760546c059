package com.servicedesk.complaint;

import com.servicedesk.shared.JsonSupport;
import jakarta.json.JsonObjectBuilder;

/** The compact JSON a complaint's audit entries keep of its state and of each action's details. */
public final class ComplaintStates {

    private ComplaintStates() {
    }

    public static String snapshot(Complaint c) {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder()
                .add("reference", c.reference())
                .add("status", c.status().name())
                .add("branchCode", c.branchCode())
                .add("businessCategory", c.businessCategory())
                .add("cause", c.cause())
                .add("severity", c.severity().name())
                .add("regionCode", c.regionCode())
                .add("extensionLevel", c.extensionLevel())
                .add("decisionDueAt", c.decisionDueAt().toString())
                .add("escalationLevel", c.escalationLevel());
        add(json, "assignee", c.assignee());
        add(json, "pausedSince", c.pausedSince());
        add(json, "remedyType", c.remedyType());
        add(json, "remedyAmount", c.remedyAmount());
        add(json, "customerResponse", c.customerResponse());
        add(json, "remedyCarriedOutOn", c.remedyCarriedOutOn());
        return json.build().toString();
    }

    public static String detail(ComplaintCommand command) {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder();
        add(json, "reason", command.reason());
        add(json, "resolution", command.resolution());
        add(json, "remedyType", command.remedyType());
        add(json, "remedyAmount", command.remedyAmount());
        add(json, "rootCause", command.rootCause());
        add(json, "channel", command.channel());
        add(json, "customerResponse", command.customerResponse());
        add(json, "reviewOutcome", command.reviewOutcome());
        add(json, "assignee", command.assignee());
        String text = json.build().toString();
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
