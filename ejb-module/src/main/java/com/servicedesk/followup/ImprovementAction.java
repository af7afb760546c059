package com.servicedesk.followup;

import com.servicedesk.security.Caller;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An improvement action (服务改进措施): what will be changed, by whom, by when, and — after it is
 * done — whether a later check found it worked. It links back to what called for it: a low return
 * visit, a complaint's root cause, an assessment result, or a manager's own observation.
 */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction {

    /** What called for the action. */
    public enum Origin {
        RETURN_VISIT, COMPLAINT_ROOT_CAUSE, ASSESSMENT, MANUAL
    }

    /** Where the action stands. */
    public enum Status {
        OPEN, IN_PROGRESS, DONE, CHECKED
    }

    /** The verdict of the later check. */
    public enum CheckResult {
        EFFECTIVE, NOT_EFFECTIVE
    }

    /** One record the action comes from. */
    @Embeddable
    public static class Source {
        @Column(name = "source_type", nullable = false, length = 32)
        private String type;

        @Column(name = "source_id", nullable = false, length = 64)
        private String id;

        @Column(name = "source_ref", nullable = false, length = 64)
        private String reference;

        protected Source() {
        }

        public Source(String type, String id, String reference) {
            this.type = Objects.requireNonNull(type);
            this.id = Objects.requireNonNull(id);
            this.reference = Objects.requireNonNull(reference);
        }

        public String type() {
            return type;
        }

        public String id() {
            return id;
        }

        public String reference() {
            return reference;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Origin origin;

    @Column(name = "branch_code", length = 16)
    private String branchCode;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_result", length = 16)
    private CheckResult checkResult;

    @Column(name = "check_note", length = 1000)
    private String checkNote;

    @Column(name = "checked_by", length = 64)
    private String checkedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "improvement_action_source", joinColumns = @JoinColumn(name = "action_id"))
    private List<Source> sources = new ArrayList<>();

    @Version
    private long version;

    protected ImprovementAction() {
    }

    public ImprovementAction(String title, String description, Origin origin, String branchCode, String owner,
                             LocalDate dueOn, String createdBy, Instant createdAt, List<Source> sources) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "is required");
        }
        if (owner == null || owner.isBlank()) {
            throw new InvalidInputException("owner", "every improvement action has an owner");
        }
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? this.title : description.strip();
        this.origin = Objects.requireNonNull(origin);
        this.branchCode = branchCode;
        this.owner = owner;
        this.dueOn = Objects.requireNonNull(dueOn);
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.sources.addAll(sources);
    }

    /** The owner starts and finishes the work. */
    public void start(Caller caller) {
        requireOwner(caller);
        requireStatus(Status.OPEN);
        status = Status.IN_PROGRESS;
    }

    public void complete(Caller caller, LocalDate on) {
        requireOwner(caller);
        if (status != Status.OPEN && status != Status.IN_PROGRESS) {
            throw new ConflictException("improvement-not-open", "only an open action can be completed");
        }
        status = Status.DONE;
        completedOn = on;
    }

    /** A later check, by someone other than the owner, of whether the change worked. */
    public void check(Caller caller, CheckResult result, String note) {
        requireStatus(Status.DONE);
        if (caller.username().equals(owner)) {
            throw new ConflictException("four-eyes", "the owner may not check their own action");
        }
        if (result == null) {
            throw new InvalidInputException("result", "must be EFFECTIVE or NOT_EFFECTIVE");
        }
        checkResult = result;
        checkNote = note == null || note.isBlank() ? null : note.strip();
        checkedBy = caller.username();
        status = Status.CHECKED;
    }

    /** Done by its due date (a check afterwards does not change when it was done). */
    public boolean doneOnTime() {
        return completedOn != null && !completedOn.isAfter(dueOn);
    }

    private void requireOwner(Caller caller) {
        if (!caller.isSystem() && !caller.username().equals(owner)) {
            throw new ForbiddenException("only the owner (" + owner + ") works on this action");
        }
    }

    private void requireStatus(Status wanted) {
        if (status != wanted) {
            throw new ConflictException("improvement-status", "the action is " + status + ", not " + wanted);
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Origin origin() {
        return origin;
    }

    public String branchCode() {
        return branchCode;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public CheckResult checkResult() {
        return checkResult;
    }

    public String checkNote() {
        return checkNote;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public List<Source> sources() {
        return Collections.unmodifiableList(sources);
    }

    public long version() {
        return version;
    }
}
