package com.servicedesk.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SMS gateway of a test or demo server: it keeps what it is sent, in memory, and can be told to
 * refuse the next few requests, as a provider's outage would.
 */
@ApplicationScoped
public class SmsStub {

    /** One message as the gateway received it. */
    public record Message(String to, String text, String reference) {
    }

    private final ConcurrentLinkedQueue<Message> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile String failingRecipient;

    /** Takes a message; false (and nothing kept) while refusals are still owed to its recipient. */
    boolean accept(Message message) {
        String only = failingRecipient;
        if ((only == null || only.equals(message.to())) && failures.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            return false;
        }
        received.add(message);
        return true;
    }

    List<Message> received() {
        return List.copyOf(received);
    }

    /** Refuses the next {@code count} messages, only those to {@code to} when one is named. */
    void failNext(int count, String to) {
        failingRecipient = to;
        failures.set(count);
    }
}
