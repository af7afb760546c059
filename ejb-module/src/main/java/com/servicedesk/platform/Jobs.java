package com.servicedesk.platform;

import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The background jobs of this server and their progress. Jobs live in memory: a finished job is
 * kept for a day so its requester can collect the outcome, and what a job makes (results, reports)
 * is itself stored in the database. Only one job of a kind may run for the same subject at a time.
 */
@ApplicationScoped
public class Jobs {

    static final Duration KEEP = Duration.ofDays(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Inject
    private TimeSource time;

    /** Registers a new running job; refused while another of the same kind runs for the subject. */
    public synchronized Job start(String kind, String subject, String startedBy, int total) {
        purge();
        jobs.values().stream()
                .filter(j -> j.state() == Job.State.RUNNING && j.kind().equals(kind) && j.subject().equals(subject))
                .findFirst()
                .ifPresent(j -> {
                    throw new ConflictException("job-running", kind + " of " + subject + " is already running (job "
                            + j.id() + ", " + j.percent() + "% done)");
                });
        Job job = Job.running(UUID.randomUUID().toString(), kind, subject, startedBy, 0, total, null, time.now());
        jobs.put(job.id(), job);
        return job;
    }

    public void progress(String id, int done, int total, String message) {
        jobs.computeIfPresent(id, (k, j) -> Job.running(j.id(), j.kind(), j.subject(), j.startedBy(), done, total,
                message, j.startedAt()));
    }

    public void succeeded(String id, String message, String resultRef) {
        finish(id, Job.State.SUCCEEDED, message, resultRef);
    }

    public void failed(String id, String message) {
        finish(id, Job.State.FAILED, message, null);
    }

    public Job get(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new RecordNotFoundException("job", id);
        }
        return job;
    }

    /** The jobs of a kind, newest first. */
    public List<Job> of(String kind, String subject) {
        return jobs.values().stream()
                .filter(j -> j.kind().equals(kind) && (subject == null || j.subject().equals(subject)))
                .sorted(Comparator.comparing(Job::startedAt).reversed())
                .toList();
    }

    private void finish(String id, Job.State state, String message, String resultRef) {
        jobs.computeIfPresent(id, (k, j) -> j.finished(state, message, resultRef, time.now()));
    }

    private void purge() {
        Instant cutoff = time.now().minus(KEEP);
        jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().isBefore(cutoff));
    }
}
