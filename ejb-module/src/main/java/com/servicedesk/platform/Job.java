package com.servicedesk.platform;

import java.time.Instant;

/**
 * A piece of long work running in the background, as its requester sees it: how far it has got
 * (steps done out of the total, and as a percentage), and how it ended — with a link to what it
 * made, or the reason it failed.
 */
public record Job(String id, String kind, String subject, String startedBy, State state, int done, int total,
                  int percent, String message, String resultRef, Instant startedAt, Instant finishedAt) implements java.io.Serializable {

    /** Where the work stands. */
    public enum State {
        RUNNING, SUCCEEDED, FAILED
    }

    static Job running(String id, String kind, String subject, String startedBy, int done, int total, String message,
                       Instant startedAt) {
        int percent = total <= 0 ? 0 : Math.min(99, done * 100 / total);
        return new Job(id, kind, subject, startedBy, State.RUNNING, done, total, percent, message, null, startedAt, null);
    }

    Job finished(State state, String outcome, String ref, Instant at) {
        return new Job(id, kind, subject, startedBy, state, total, total, 100, outcome, ref, startedAt, at);
    }
}
