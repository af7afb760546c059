package com.servicedesk.complaint;

import com.servicedesk.shared.JsonSupport;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.RecordComponent;

/** The compact JSON a complaint's audit entries keep of its state and of each action's details. */
public final class ComplaintStates {

    private ComplaintStates() {
    }

    public static String snapshot(Complaint c) {
        DecisionClock clock = c.clock();
        ComplaintClassification k = c.classification();
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder()
                .add("reference", c.reference())
                .add("status", c.status().name())
                .add("branchCode", c.branchCode())
                .add("businessCategory", k.businessCategory())
                .add("cause", k.cause())
                .add("severity", k.severity().name())
                .add("regionCode", k.regionCode())
                .add("extensionLevel", clock.extensionLevel())
                .add("decisionDueAt", clock.decisionDueAt().toString())
                .add("escalationLevel", clock.escalationLevel());
        add(json, "assignee", c.assignee());
        add(json, "pausedSince", clock.pausedSince());
        add(json, "remedyType", c.resolution().remedyType());
        add(json, "remedyAmount", c.resolution().remedyAmount());
        add(json, "customerResponse", c.reply().customerResponse());
        add(json, "remedyCarriedOutOn", c.resolution().remedyCarriedOutOn());
        return json.build().toString();
    }

    /** The survivor's MERGE_IN entry: which complaint was folded into it, and why. */
    public static String mergedIn(Complaint merged, String reason) {
        return JsonSupport.JSON.createObjectBuilder().add("merged", merged.id()).add("reference", merged.reference())
                .add("reason", reason).build().toString();
    }

    /** What the command carried, each component by its name: the reason, the resolution, the channel... */
    public static String detail(ComplaintCommand command) {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder();
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            try {
                add(json, component.getName(), component.getAccessor().invoke(command));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        String text = json.build().toString();
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
