package com.servicedesk.application;

import static com.servicedesk.shared.TimeSource.BANK_ZONE;

import com.servicedesk.security.Caller;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A customer's business application and its four-eyes handling. The maker (whoever created it or
 * ever submitted it) prepares and submits; a checker who is none of them reviews; the branch then
 * carries it out. The document checklist of its type must be complete before it is submitted.
 */
@Entity
@Table(name = "business_application")
public class BusinessApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "type_code", nullable = false, length = 32)
    private String typeCode;

    @Column(nullable = false, length = 4000)
    private String description;

    /** The codes of the documents provided, comma-separated. */
    @Column(nullable = false, length = 1000)
    private String documents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(length = 64)
    private String reviewer;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "processed_by", length = 64)
    private String processedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** When retention anonymised it (its personal data gone, its codes and dates kept). */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "submit_count", nullable = false)
    private int submitCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_application_submitter", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "username", length = 64)
    private Set<String> submitters = new HashSet<>();

    /** The checklist items that point at one of the application's evidence files: document code to attachment id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_document_file", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "document_code", length = 32)
    @Column(name = "attachment_id")
    private Map<String, Long> documentFiles = new HashMap<>();

    @Version
    private long version;

    protected BusinessApplication() {
    }

    public BusinessApplication(String reference, long customerId, String branchCode, ApplicationType type,
                               String description, Set<String> documents, Caller maker, Instant now) {
        this.reference = Objects.requireNonNull(reference);
        this.customerId = customerId;
        this.branchCode = Objects.requireNonNull(branchCode);
        this.typeCode = type.code();
        this.description = Objects.requireNonNull(description);
        this.createdAt = now;
        this.documents = join(knownDocuments(type, documents));
        this.status = ApplicationStatus.DRAFT;
        this.createdBy = maker.username();
    }

    /** The actions this caller may take now; review actions never for the application's makers. */
    public Set<ApplicationAction> allowedActions(Caller caller) {
        EnumSet<ApplicationAction> allowed = EnumSet.noneOf(ApplicationAction.class);
        for (ApplicationAction action : ApplicationAction.values()) {
            if (action.allowedIn(status) && action.allowedFor(caller.role())
                    && !(action.isReview() && isMaker(caller.username()))) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Whether the user created the application or submitted it at any time. */
    public boolean isMaker(String username) {
        return username.equals(createdBy) || submitters.contains(username);
    }

    public ApplicationStatus perform(ApplicationAction action, ApplicationCommand command, ApplicationType type,
                                     Caller caller, Instant now) {
        if (!action.allowedIn(status)) {
            throw new IllegalTransitionException(action + " is not allowed while the application is " + status,
                    allowedActions(caller).stream().map(Enum::name).toList());
        }
        if (!action.allowedFor(caller.role())) {
            throw new ForbiddenException("the " + caller.role() + " role may not " + action + " an application");
        }
        if (action.isReview() && isMaker(caller.username())) {
            throw new ConflictException("four-eyes", "you created or submitted this application, so someone else must "
                    + (action == ApplicationAction.START_REVIEW ? "review" : "decide") + " it");
        }
        ApplicationStatus before = status;
        switch (action) {
            case SUBMIT -> submit(command, type, caller, now);
            case START_REVIEW -> {
                reviewer = caller.username();
                reviewedAt = null;
            }
            case APPROVE -> decide(caller, now, command.note());
            case RETURN, REJECT -> decide(caller, now, required("note", command.note()));
            case START_PROCESSING -> processedBy = caller.username();
            case COMPLETE -> completedAt = now;
        }
        status = action.target();
        return before;
    }

    private void submit(ApplicationCommand command, ApplicationType type, Caller caller, Instant now) {
        if (command.documents() != null) {
            documents = join(knownDocuments(type, command.documents()));
        }
        if (command.description() != null && !command.description().isBlank()) {
            description = command.description().strip();
        }
        List<String> missing = missingDocuments(type);
        if (!missing.isEmpty()) {
            throw new ConflictException("checklist-incomplete",
                    "the checklist is not complete; missing documents: " + String.join(", ", missing));
        }
        submittedBy = caller.username();
        submittedAt = now;
        submitters.add(caller.username());
        submitCount++;
        reviewer = null;
        reviewNote = null;
    }

    private void decide(Caller caller, Instant now, String note) {
        reviewer = caller.username();
        reviewedAt = now;
        reviewNote = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * Points a checklist item at one of the application's files (the caller has checked that it is one), which
     * also counts the document as provided; only while the maker may still change the application.
     */
    public void provideFile(ApplicationType type, String documentCode, long attachmentId) {
        if (!status.checklistOpen()) {
            throw new ConflictException("checklist-closed",
                    "the checklist changes only while the application is a draft or returned; it is " + status);
        }
        knownDocuments(type, Set.of(documentCode));
        documentFiles.put(documentCode, attachmentId);
        Set<String> provided = new TreeSet<>(documents());
        provided.add(documentCode);
        documents = join(provided);
    }

    /** The checklist items with a file, by document code. */
    public Map<String, Long> documentFiles() {
        return Collections.unmodifiableMap(new TreeMap<>(documentFiles));
    }

    /** The required documents of the type not yet provided, in checklist order. */
    public List<String> missingDocuments(ApplicationType type) {
        Set<String> provided = documents();
        return type.documentCodes(checklistDay()).stream().filter(d -> !provided.contains(d)).toList();
    }

    /** The day whose checklist applies: the day the application was created, in the bank's zone. */
    public LocalDate checklistDay() {
        return LocalDate.ofInstant(createdAt, BANK_ZONE);
    }

    private Set<String> knownDocuments(ApplicationType type, Set<String> codes) {
        Set<String> unknown = new LinkedHashSet<>(codes);
        unknown.removeAll(type.documentCodes(checklistDay()));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("documents", "not documents of " + type.code() + ": " + unknown);
        }
        return codes;
    }

    private static String join(Set<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required for this action");
        }
        return value.strip();
    }

    public Set<String> documents() {
        return documents.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(documents.split(",")));
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long customerId() {
        return customerId;
    }

    public String branchCode() {
        return branchCode;
    }

    public String typeCode() {
        return typeCode;
    }

    public String description() {
        return description;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String reviewer() {
        return reviewer;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String processedBy() {
        return processedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public int submitCount() {
        return submitCount;
    }

    public Set<String> submitters() {
        return Collections.unmodifiableSet(submitters);
    }

    public long version() {
        return version;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }
}
