package com.servicedesk.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The domain events the test kit's subscriber received, in order of arrival, duplicates included. */
@ApplicationScoped
public class ReceivedEvents {

    /** One message: its properties and its JSON body as sent. */
    public record Received(String eventId, String eventType, int eventVersion, String aggregateType,
                           String aggregateReference, long aggregateVersion, String body) {
    }

    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    void add(Received event) {
        received.add(event);
    }

    /** What was received about one aggregate (by its reference), or everything when none is named. */
    List<Received> about(String reference) {
        return received.stream().filter(e -> reference == null || reference.equals(e.aggregateReference())).toList();
    }
}
