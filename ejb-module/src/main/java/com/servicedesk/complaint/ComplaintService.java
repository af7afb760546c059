package com.servicedesk.complaint;

import com.servicedesk.attachment.AttachmentService;
import com.servicedesk.attachment.AttachmentView;
import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.customer.Customer;
import com.servicedesk.notification.Correspondence;
import com.servicedesk.notification.LetterView;
import com.servicedesk.notification.NotificationStatus;
import com.servicedesk.notification.NotificationView;
import com.servicedesk.organisation.Branch;
import com.servicedesk.platform.ReferenceNumbers;
import com.servicedesk.reference.ComplaintCode;
import com.servicedesk.reference.IntakeChannel;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.security.PersonalDataKind;
import com.servicedesk.security.StaffUser;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Queries;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The complaint use cases: intake, reading within scope, lists and queues, and every transition of
 * the lifecycle. Each change loads the complaint, lets it decide, and writes its audit entry in the
 * same transaction.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ComplaintService {

    public static final String AUDIT_TYPE = "Complaint";
    /** The aggregate type its domain events name. */
    public static final String EVENT_AGGREGATE = "complaint";
    public static final String REFERENCE_PREFIX = "TS";
    public static final String REFERENCE_SEQUENCE = "complaint_reference_seq";
    private static final Duration DUE_SOON = Duration.ofDays(2);
    /** How many possible duplicates a complaint names at most. */
    private static final int DUPLICATES_SHOWN = 20;
    private static final Map<String, String> SORTABLE = Map.of(
            "receivedAt", "c.receivedAt", "decisionDueAt", "c.clock.decisionDueAt", "reference", "c.reference",
            "status", "c.status", "severity", "c.classification.severity");

    /** The statuses in which the decision clock runs. */
    static final Set<ComplaintStatus> OPEN = ComplaintStatus.awaitingDecision();
    /** The column a representative's phone is encrypted for. */
    public static final String REPRESENTATIVE_PHONE_COLUMN = "complaint.representative_phone";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private ComplaintWorkflow workflow;

    @EJB
    private ReferenceNumbers references;

    @EJB
    private ReferenceDataService reference;

    @EJB
    private Correspondence correspondence;

    @EJB
    private AttachmentService attachments;

    @EJB
    private ComplaintAssignment assignment;

    @Inject
    private PersonalDataCipher cipher;

    @Inject
    private TimeSource time;

    // --- intake --------------------------------------------------------------------------------

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ComplaintView register(NewComplaint input) {
        Caller caller = callers.current();
        Instant now = time.now();
        List<Violation> violations = new ArrayList<>();
        Customer customer = input.customerId() == null ? null : em.find(Customer.class, input.customerId());
        if (customer == null || !caller.scope().includes(customer.branchCode())) {
            violations.add(new Violation("customerId", "no such customer in your branches"));
        }
        IntakeChannel channel = em.find(IntakeChannel.class, input.channel());
        if (channel == null) {
            violations.add(new Violation("channel", "must be one of PHONE, ONLINE, MOBILE_APP, BRANCH, LETTER, REGULATOR_TRANSFER"));
        }
        requireCode(input.businessCategory(), "B", "businessCategory", violations);
        requireCode(input.cause(), "C", "cause", violations);
        if (input.subjectStaff() != null && findStaff(input.subjectStaff()) == null) {
            violations.add(new Violation("subjectStaff", "is not a member of staff"));
        }
        IntakeParticulars particulars = IntakeParticulars.check(input, customer, caller, time.today(), em, attachments,
                violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Branch branch = em.find(Branch.class, customer.branchCode());
        Instant receivedAt = input.receivedAt() == null ? null : input.receivedAt().toInstant();
        DeadlinePolicy policy = workflow.defaultPolicy(receivedAt == null ? now : receivedAt);
        Complaint.Intake intake = new Complaint.Intake(customer.id(), customer.branchCode(), channel.code(),
                channel.channelCode(), input.businessCategory(), input.cause(),
                input.regionCode() == null ? branch.divisionCode() : input.regionCode(), input.severity(),
                input.description().strip(), blankToNull(input.subjectStaff()), receivedAt);
        Instant receipt = receivedAt == null ? now : receivedAt;
        Complaint complaint = new Complaint(references.next(REFERENCE_PREFIX, REFERENCE_SEQUENCE, receipt), intake, policy, engine(), caller, now);
        // the customer's latest complaints of the category, which the new one may repeat or duplicate, in one
        // statement: the newest received within a year is the one it repeats; those still open and not yet
        // due when it arrived are possible duplicates (a customer's latest are enough: at most 20 are shown)
        List<Object[]> sameCategory = Queries.create(em, "select o.id, o.reference, o.status, o.receivedAt,"
                + " o.clock.decisionDueAt from Complaint o where o.customerId = :cu and o.classification.businessCategory = :b"
                + " and (o.receivedAt > :since or (o.status not in :final and o.clock.decisionDueAt > :at))"
                + " order by o.receivedAt desc", Object[].class, Map.of("cu", customer.id(), "b", input.businessCategory(),
                "since", receipt.minus(Duration.ofDays(365)), "final", ComplaintStatus.finalStates(), "at", receipt))
                .setMaxResults(DUPLICATES_SHOWN + 1).getResultList();
        ComplaintView.RepeatOf earlier = sameCategory.stream()
                .filter(o -> ((Instant) o[3]).isAfter(receipt.minus(Duration.ofDays(365))))
                .map(o -> new ComplaintView.RepeatOf((Long) o[0], (String) o[1])).findFirst().orElse(null);
        if (earlier != null) {
            complaint.markRepeatOf(earlier.id());
        }
        List<Long> duplicates = sameCategory.stream()
                .sorted(Comparator.comparing((Object[] o) -> (Instant) o[3]))
                .filter(o -> !((ComplaintStatus) o[2]).isFinal() && !((Instant) o[3]).isAfter(receipt)
                        && ((Instant) o[4]).isAfter(receipt))
                .limit(DUPLICATES_SHOWN).map(o -> (Long) o[0]).toList();
        particulars.applyTo(complaint, clear -> cipher.encrypt(REPRESENTATIVE_PHONE_COLUMN, clear));
        em.persist(complaint);
        em.flush();
        audit.recordFirst(AuditEvent.of(AUDIT_TYPE, complaint.id(), "REGISTER")
                .withStates(null, ComplaintStates.snapshot(complaint)));
        assignment.byWorkload(complaint, complaint.notToBeAssigned(false));
        workflow.announce(complaint, null, 0, complaint.decisionDeadline(policy, engine(), now).dueAt());
        // nothing can be merged into a complaint or belong to its group before it exists
        return view(complaint, caller, customer.name(), new Related(earlier, managedLink(complaint.relatedToId()),
                null, managedLink(complaint.parentId()), List.of(), List.of(), duplicates));
    }

    /** The representative's authorisation is now on file: one of the complaint's own evidence files. */
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ComplaintView authorisationOnFile(long id, Long expectedVersion, long attachmentId) {
        Caller caller = callers.current();
        Named named = loadWhole(caller, id, expectedVersion);
        Complaint complaint = named.complaint();
        AttachmentView file = attachments.list(CaseKind.COMPLAINT, id).stream().filter(f -> f.id() == attachmentId).findFirst()
                .orElseThrow(() -> new InvalidInputException("attachmentId", "is not a file of this complaint"));
        String before = ComplaintStates.snapshot(complaint);
        complaint.authorisationOnFile(attachmentId);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "FILE_AUTHORISATION").withStates(before, ComplaintStates.snapshot(complaint))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("attachmentId", file.id()).add("name", file.name())
                        .add("sha256", file.sha256()).build().toString()));
        return view(complaint, caller, named.customerName());
    }

    private List<ComplaintView.Link> duplicatesOf(long customerId, String businessCategory, Instant at, long except) {
        return links(em.createQuery("select o.id, o.reference from Complaint o"
                        + " where o.customerId = :cu and o.classification.businessCategory = :b and o.id <> :id"
                        + " and o.status not in :final and o.receivedAt <= :at and o.clock.decisionDueAt > :at"
                        + " order by o.receivedAt", Object[].class)
                .setParameter("cu", customerId).setParameter("b", businessCategory).setParameter("id", except)
                .setParameter("final", ComplaintStatus.finalStates()).setParameter("at", at).setMaxResults(DUPLICATES_SHOWN));
    }

    /**
     * Before a complaint is taken in: the customer's open complaints of the business category that it
     * would arrive within the handling period of, for the intake form to show.
     */
    public List<ComplaintView.Link> possibleDuplicates(long customerId, String businessCategory, Instant receivedAt) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null || !caller.scope().includes(customer.branchCode()) || businessCategory == null) {
            return List.of();
        }
        return duplicatesOf(customerId, businessCategory, receivedAt == null ? time.now() : receivedAt, -1);
    }

    // --- reading -------------------------------------------------------------------------------

    public ComplaintView get(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Named named = loadWhole(caller, id, null);
        return view(named.complaint(), caller, named.customerName());
    }

    /**
     * The complaint's history; a survivor's also holds the history of every complaint merged into it,
     * each entry of those marked with the merged complaint's reference, in the order things happened.
     */
    public List<HistoryEntry> history(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        load(caller, id);
        List<HistoryEntry> history = new ArrayList<>(audit.history(AUDIT_TYPE, id));
        for (ComplaintView.Link merged : mergedInto(id)) {
            audit.history(AUDIT_TYPE, merged.id()).forEach(e -> history.add(e.of(merged.reference())));
        }
        history.sort(Comparator.comparing(HistoryEntry::at));
        return history;
    }

    /**
     * A page of complaints in the caller's scope, filtered and sorted; counted in the same query shape.
     * Columns, not entities, so it needs no transaction of its own (nothing to flush or commit).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ComplaintSummary> list(ComplaintFilter filter, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Instant now = time.now();
        Queries.Criteria criteria = criteria(caller, filter, now);
        String sortField = filter.sort() == null ? null : SORTABLE.get(filter.sort());
        String order = sortField == null ? " order by c.receivedAt desc, c.id desc"
                : " order by " + sortField + (filter.ascending() ? " asc" : " desc") + ", c.id";
        // the columns a row shows, not the complaints: no entity is built, tracked or flushed for a list
        TypedQuery<Object[]> items = Queries.create(em, "select c.id, c.reference, c.status, c.branchCode, cu.name,"
                + " c.classification.businessCategory, c.classification.cause, c.classification.severity, c.assignee, c.receivedAt, c.clock.decisionDueAt, c.clock.extensionLevel,"
                + " c.clock.pausedSince, c.clock.escalationLevel, c.version from Complaint c, Customer cu"
                + criteria.where() + " and cu.id = c.customerId" + order, Object[].class, criteria.params());
        List<ComplaintSummary> rows = items.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream()
                .map(r -> summary(r, now))
                .toList();
        return new Page<>(rows, page.page(), page.size(), count(criteria));
    }

    /** How many complaints in the caller's scope the filter lists. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(ComplaintFilter filter) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        return count(criteria(caller, filter, time.now()));
    }

    private long count(Queries.Criteria criteria) {
        return Queries.create(em, "select count(c) from Complaint c" + criteria.where(), Long.class, criteria.params())
                .getSingleResult();
    }

    /** The filter as a where clause on alias {@code c}, within the caller's scope; a sort it cannot take is refused. */
    private Queries.Criteria criteria(Caller caller, ComplaintFilter filter, Instant now) {
        if (filter.sort() != null && !SORTABLE.containsKey(filter.sort())) {
            throw new InvalidInputException("sort", "may sort by " + SORTABLE.keySet());
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.scope().all()) {
            where.append(" and c.branchCode in :scope");
            params.put("scope", caller.scope().queryBranches());
        }
        if (filter.branchCode() != null) {
            where.append(" and c.branchCode = :branch");
            params.put("branch", filter.branchCode());
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and c.status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" and c.status in :open and c.clock.pausedSince is null and c.clock.decisionDueAt <= :now");
            params.put("open", OPEN);
            params.put("now", now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.append(" and not (c.status in :open and c.clock.pausedSince is null and c.clock.decisionDueAt <= :now)");
            params.put("open", OPEN);
            params.put("now", now);
        }
        if (filter.from() != null) {
            where.append(" and c.receivedAt >= :from");
            params.put("from", filter.from().atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and c.receivedAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
        if (filter.assignee() != null) {
            where.append(" and c.assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.reference() != null) {
            where.append(" and c.reference = :reference");
            params.put("reference", filter.reference());
        }
        if (filter.customerId() != null) {
            where.append(" and c.customerId = :customer");
            params.put("customer", filter.customerId());
        }
        if (filter.channel() != null) {
            where.append(" and c.classification.intakeChannel = :channel");
            params.put("channel", filter.channel());
        }
        return new Queries.Criteria(where.toString(), params);
    }

    /** The supervisor's approvals queue: proposals waiting for a second person, in the caller's scope. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Page<ComplaintSummary> approvalsQueue(PageRequest page) {
        return list(new ComplaintFilter(Set.of(ComplaintStatus.RESOLUTION_PROPOSED, ComplaintStatus.UNDER_REVIEW),
                null, null, null, null, null, null, null, null, "decisionDueAt", true), page);
    }

    /** The figures the dashboard shows, counted in the caller's scope. */
    public ComplaintCounts counts() {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Instant now = time.now();
        String scope = caller.scope().all() ? "" : " and c.branchCode in :scope";
        long myOpen = count("select count(c) from Complaint c where c.assignee = :me and c.status in :open" + scope,
                caller, Map.of("me", caller.username(), "open", OPEN));
        long overdue = count("select count(c) from Complaint c where c.status in :open and c.clock.pausedSince is null"
                + " and c.clock.decisionDueAt <= :now" + scope, caller, Map.of("open", OPEN, "now", now));
        long dueSoon = count("select count(c) from Complaint c where c.status in :open and c.clock.pausedSince is null"
                + " and c.clock.decisionDueAt > :now and c.clock.decisionDueAt <= :soon" + scope, caller,
                Map.of("open", OPEN, "now", now, "soon", now.plus(DUE_SOON)));
        long approvals = caller.role() == Role.SUPERVISOR || caller.role() == Role.MANAGER
                ? count("select count(c) from Complaint c where c.status in :waiting and (c.resolution.proposedBy is null"
                        + " or c.resolution.proposedBy <> :me)" + scope, caller, Map.of("waiting",
                        Set.of(ComplaintStatus.RESOLUTION_PROPOSED, ComplaintStatus.UNDER_REVIEW), "me", caller.username()))
                : 0;
        long failed = count("select count(n) from Notification n, Complaint c where n.caseType = '" + AUDIT_TYPE + "'"
                + " and n.caseId = c.id and n.status = :failed" + scope, caller, Map.of("failed", NotificationStatus.FAILED));
        long transfers = count("select count(c) from Complaint c where c.regulatorReference is not null and c.status in :open"
                + scope, caller, Map.of("open", OPEN));
        return new ComplaintCounts(myOpen, overdue, dueSoon, approvals, failed, transfers);
    }

    private long count(String jpql, Caller caller, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        if (!caller.scope().all()) {
            all.put("scope", caller.scope().queryBranches());
        }
        return Queries.create(em, jpql, Long.class, all).getSingleResult();
    }

    // --- letters and notifications -------------------------------------------------------------

    /** The letters issued to the customer about the complaint, oldest first. */
    public List<LetterView> letters(long id) {
        List<LetterView> letters = new ArrayList<>();
        for (long caseId : readableFrom(id)) {
            letters.addAll(correspondence.letters(AUDIT_TYPE, caseId));
        }
        letters.sort(Comparator.comparing(LetterView::createdAt).thenComparing(LetterView::id));
        return letters;
    }

    /**
     * The cases whose files and letters are read from this complaint: itself and, for a survivor, every
     * complaint merged into it (the caller must be able to read the complaint).
     */
    public List<Long> readableFrom(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        load(caller, id);
        List<Long> cases = new ArrayList<>(List.of(id));
        mergedInto(id).forEach(m -> cases.add(m.id()));
        return cases;
    }

    /** One letter's PDF, checked against its digest; the download is audited. */
    public Correspondence.LetterContent letter(long id, long letterId) {
        long owner = letters(id).stream().filter(l -> l.id() == letterId).map(LetterView::caseId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("letter", letterId));
        Correspondence.LetterContent content = correspondence.content(AUDIT_TYPE, owner, letterId);
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "READ_LETTER").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("letter", content.letter().number()).build().toString()));
        return content;
    }

    /** The notifications to the customer about the complaint and how their delivery went. */
    public List<NotificationView> notifications(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        load(caller, id);
        return correspondence.notifications(AUDIT_TYPE, id);
    }

    /** The branch posted a letter that goes by post; the complaint records the telling as from any delivery. */
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public NotificationView recordPosted(long id, long notificationId) {
        Caller caller = callers.current();
        load(caller, id);
        return correspondence.recordPosted(AUDIT_TYPE, id, notificationId, caller.username(), time.now());
    }

    // --- the lifecycle -------------------------------------------------------------------------

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ComplaintView transition(long id, Long expectedVersion, ComplaintCommand command) {
        Caller caller = callers.current();
        Named named = loadWhole(caller, id, expectedVersion);
        Complaint complaint = named.complaint();
        validateReferences(command);
        Complaint survivor = null;
        if (command instanceof ComplaintCommand.Merge merge) {
            survivor = em.find(Complaint.class, merge.into());
            if (survivor == null || !caller.scope().includes(survivor.branchCode())) {
                throw new InvalidInputException("into", "no such complaint in your branches");
            }
            complaint.requireMergeableInto(survivor);
            // the survivor changes too (its view lists what was merged in): a concurrent change to it must lose
            em.lock(survivor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        workflow.apply(complaint, command, caller, time.now());
        if (survivor != null) {
            audit.record(AuditEvent.of(AUDIT_TYPE, survivor.id(), "MERGE_IN")
                    .withDetail(ComplaintStates.mergedIn(complaint, ((ComplaintCommand.Merge) command).reason())));
        }
        return view(complaint, caller, named.customerName());
    }

    /** The codes and people a command names, checked against the reference data and the staff. */
    private void validateReferences(ComplaintCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command instanceof ComplaintCommand.Reclassify reclassify) {
            if (reclassify.businessCategory() != null) {
                requireCode(reclassify.businessCategory(), "B", "businessCategory", violations);
            }
            if (reclassify.cause() != null) {
                requireCode(reclassify.cause(), "C", "cause", violations);
            }
            if (reclassify.regionCode() != null && !reclassify.regionCode().matches("\\d{6}")) {
                violations.add(new Violation("regionCode", "must be a six-digit GB/T 2260 division code"));
            }
        }
        if (command instanceof ComplaintCommand.Assign assign) {
            StaffUser staff = findStaff(assign.assignee());
            if (staff == null || !staff.enabled() || !staff.role().changesBusinessData()) {
                violations.add(new Violation("assignee", "is not a member of staff who handles complaints"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A complaint with its customer's name. */
    private record Named(Complaint complaint, String customerName) {
    }

    /**
     * The complaint with everything its view shows (the clock's steps, reviews, outcomes, a group's
     * representatives) and its customer's name, in one statement; in scope, and at the version the
     * caller read when they name one.
     */
    private Named loadWhole(Caller caller, long id, Long expectedVersion) {
        Object[] row = em.createQuery("select c, cu.name from Complaint c left join fetch c.groupRepresentatives"
                        + " left join fetch c.extensions left join fetch c.pauses left join fetch c.reviews"
                        + " left join fetch c.adrOutcomes left join Customer cu on cu.id = c.customerId where c.id = :id",
                        Object[].class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        Complaint complaint = row == null ? null : (Complaint) row[0];
        if (complaint == null || !caller.scope().includes(complaint.branchCode())) {
            throw new RecordNotFoundException("complaint", id);
        }
        if (expectedVersion != null && expectedVersion != complaint.version()) {
            throw new StaleVersionException("complaint", id, expectedVersion, complaint.version());
        }
        return new Named(complaint, (String) row[1]);
    }

    private Complaint load(Caller caller, long id) {
        Complaint complaint = em.find(Complaint.class, id);
        if (complaint == null || !caller.scope().includes(complaint.branchCode())) {
            throw new RecordNotFoundException("complaint", id);
        }
        return complaint;
    }

    private void requireCode(String code, String dimension, String field, List<Violation> violations) {
        ComplaintCode found = code == null ? null : em.find(ComplaintCode.class, code);
        if (found == null || !found.dimension().equals(dimension)) {
            violations.add(new Violation(field, "is not a JR/T 0169 " + dimension + " code (see /reference/complaint-codes)"));
        } else if (reference.findCurrentComplaintCode(code).isEmpty()) {
            violations.add(new Violation(field, code + " is not in the code lists in force"
                    + (found.replacedBy() == null ? "" : ": it was replaced by " + found.replacedBy())));
        }
    }

    private StaffUser findStaff(String username) {
        return StaffUser.byUsername(em, username).orElse(null);
    }

    private DeadlinePolicy policy(String code) {
        return workflow.policy(code);
    }

    private DeadlineEngine engine() {
        return workflow.engine();
    }

    /**
     * The other complaints a complaint's view names: the one it repeats, the one whose new facts it
     * brings, the one it was merged into, its group, those merged into it, its group's children, and the
     * same customer's open complaints it could be merged with.
     */
    private record Related(ComplaintView.RepeatOf repeatOf, ComplaintView.Link relatedTo, ComplaintView.Link mergedInto,
                           ComplaintView.Link parent, List<ComplaintView.Link> merged, List<ComplaintView.Link> children,
                           List<Long> duplicates) {
    }

    /** Every complaint the view names, read in one statement. */
    private Related related(Complaint c) {
        Set<Long> linked = new HashSet<>();
        for (Long id : new Long[] {c.repeatOfId(), c.relatedToId(), c.mergedIntoId(), c.parentId()}) {
            if (id != null) {
                linked.add(id);
            }
        }
        boolean duplicates = !c.status().isFinal();
        Map<String, Object> params = new HashMap<>(Map.of("id", c.id()));
        StringBuilder where = new StringBuilder("o.mergedIntoId = :id");
        if (duplicates) {
            where.append(" or (o.customerId = :cu and o.classification.businessCategory = :b and o.id <> :id"
                    + " and o.status not in :final and o.receivedAt <= :at and o.clock.decisionDueAt > :at)");
            params.putAll(Map.of("cu", c.customerId(), "b", c.classification().businessCategory(),
                    "final", ComplaintStatus.finalStates(), "at", c.receivedAt()));
        }
        if (!linked.isEmpty()) {
            where.append(" or o.id in :linked");
            params.put("linked", linked);
        }
        if (c.isGroup()) {
            where.append(" or o.parentId = :id");
        }
        List<Object[]> rows = Queries.create(em, "select o.id, o.reference, o.mergedIntoId, o.parentId, o.customerId,"
                + " o.classification.businessCategory, o.status, o.receivedAt, o.clock.decisionDueAt from Complaint o where "
                + where + " order by o.receivedAt, o.id", Object[].class, params).getResultList();
        Map<Long, ComplaintView.Link> links = new HashMap<>();
        List<ComplaintView.Link> merged = new ArrayList<>();
        List<ComplaintView.Link> children = new ArrayList<>();
        List<Long> candidates = new ArrayList<>();
        for (Object[] o : rows) {
            long id = (Long) o[0];
            ComplaintView.Link link = new ComplaintView.Link(id, (String) o[1]);
            links.put(id, link);
            if (Long.valueOf(c.id()).equals(o[2])) {
                merged.add(link);
            }
            if (Long.valueOf(c.id()).equals(o[3])) {
                children.add(link);
            }
            if (duplicates && id != c.id() && ((Long) o[4]) == c.customerId()
                    && c.classification().businessCategory().equals(o[5]) && !((ComplaintStatus) o[6]).isFinal()
                    && !((Instant) o[7]).isAfter(c.receivedAt()) && ((Instant) o[8]).isAfter(c.receivedAt())
                    && candidates.size() < DUPLICATES_SHOWN) {
                candidates.add(id);
            }
        }
        merged.sort(Comparator.comparing(ComplaintView.Link::id));
        children.sort(Comparator.comparing(ComplaintView.Link::id));
        ComplaintView.Link repeatOf = c.repeatOfId() == null ? null : links.get(c.repeatOfId());
        return new Related(repeatOf == null ? null : new ComplaintView.RepeatOf(repeatOf.id(), repeatOf.reference()),
                links.get(c.relatedToId()), links.get(c.mergedIntoId()), links.get(c.parentId()), merged, children,
                candidates);
    }

    /** A link to a complaint this transaction already holds (no statement). */
    private ComplaintView.Link managedLink(Long complaintId) {
        return complaintId == null ? null : new ComplaintView.Link(complaintId, em.find(Complaint.class, complaintId).reference());
    }

    private ComplaintView view(Complaint c, Caller caller, String customerName) {
        return view(c, caller, customerName, related(c));
    }

    private ComplaintView view(Complaint c, Caller caller, String customerName, Related related) {
        Instant now = time.now();
        DecisionClock clock = c.clock();
        ComplaintClassification k = c.classification();
        Resolution r = c.resolution();
        DecisionNotice told = c.notice();
        DeadlinePolicy policy = policy(clock.policyCode());
        Deadline deadline = c.decisionDeadline(policy, engine(), now);
        boolean awaiting = c.status().awaitsDecision();
        return new ComplaintView(c.id(), c.reference(), c.status(), c.customerId(), customerName, c.branchCode(),
                k.intakeChannel(), k.channelCode(), codeRef(k.businessCategory()), codeRef(k.cause()), k.regionCode(),
                k.severity(), c.description(), c.subjectStaff(), c.assignee(), policy.code(), c.receivedAt(),
                c.registeredBy(), deadline.dueAt(), awaiting ? deadline.remaining(now).toString() : null,
                awaiting && !clock.isPaused() && deadline.isOverdue(now), clock.isExtended(), clock.extensionLevel(),
                deadline.flag(), deadline.missingYears(), clock.isPaused(), deadline.pausedDays(), clock.escalationLevel(),
                c.declineReason(), c.withdrawnAt() == null ? null
                        : new ComplaintView.Withdrawal(c.withdrawnAt(), c.withdrawalReason(), c.withdrawalChannel()),
                r.text(),
                r.remedyType() == null ? null : new ComplaintView.Remedy(r.remedyType(), r.remedyAmount() == null ? null
                        : new ComplaintView.MoneyView(r.remedyAmount().plain(), r.remedyAmount().currency())),
                r.rootCause(), r.proposedBy(), told.respondedAt(), told.respondedBy(), told.responseChannel(),
                told.decidedWithinLimit(), told.reviewWindowEndsAt(), c.reply().customerResponse(), c.reply().closedAt(),
                r.remedyCarriedOutOn(),
                related.repeatOf(), related.relatedTo(), c.mergedIntoId(), related.mergedInto(), related.merged(),
                related.duplicates(), c.regulatorReference(), c.transferredOn(), representativeView(c.representative()),
                c.isGroup() ? new ComplaintView.GroupView(c.groupRepresentatives().stream()
                        .map(g -> new ComplaintView.GroupMemberView(g.name(), g.phoneEncrypted() == null ? null
                                : PersonalDataKind.PHONE.mask(cipher.decrypt(REPRESENTATIVE_PHONE_COLUMN, g.phoneEncrypted()))))
                        .toList(), related.children()) : null,
                c.parentId(), related.parent(), c.handledApart(),
                c.adrOutcomes().stream().map(o -> new ComplaintView.AdrOutcomeView(o.kind(), o.body(), o.decidedOn(),
                        o.result(), o.amount() == null ? null : new ComplaintView.MoneyView(o.amount().plain(),
                        o.amount().currency()), o.recordedBy(), o.recordedAt())).toList(),
                c.extensions().stream().map(e -> new ComplaintView.ExtensionView(e.level(), e.limitDays(), e.reason(),
                        e.grantedBy(), e.grantedAt())).toList(),
                c.pauses().stream().map(p -> new ComplaintView.PauseView(p.reason(), p.startedAt(), p.endedAt())).toList(),
                c.reviews().stream().map(v -> new ComplaintView.ReviewView(v.id(), v.requestedAt(), v.reason(), v.dueAt(),
                        v.decidedAt(), v.decidedBy(), v.outcome(), v.decision())).toList(),
                caller.role() == null || !caller.role().changesBusinessData() ? List.of()
                        : List.copyOf(c.allowedActions(caller, now, policy)),
                c.version());
    }

    private ComplaintView.RepresentativeView representativeView(Representative r) {
        return r == null ? null : new ComplaintView.RepresentativeView(r.name(), r.relation(), r.phoneEncrypted() == null
                ? null : PersonalDataKind.PHONE.mask(cipher.decrypt(REPRESENTATIVE_PHONE_COLUMN, r.phoneEncrypted())),
                r.authorisationAttachmentId());
    }

    /** The complaints merged into this one, oldest first. */
    private List<ComplaintView.Link> mergedInto(long survivorId) {
        return links(em.createQuery("select m.id, m.reference from Complaint m where m.mergedIntoId = :id order by m.id",
                Object[].class).setParameter("id", survivorId));
    }

    private static List<ComplaintView.Link> links(TypedQuery<Object[]> idsAndReferences) {
        return idsAndReferences.getResultStream().map(r -> new ComplaintView.Link((Long) r[0], (String) r[1])).toList();
    }

    private ComplaintView.CodeRef codeRef(String code) {
        ComplaintCode found = em.find(ComplaintCode.class, code);
        return found == null ? new ComplaintView.CodeRef(code, code, code)
                : new ComplaintView.CodeRef(code, found.nameZh(), found.nameEn());
    }

    /** A row of the list query, in its column order. */
    static ComplaintSummary summary(Object[] row, Instant now) {
        ComplaintStatus status = (ComplaintStatus) row[2];
        Instant dueAt = (Instant) row[10];
        Instant pausedSince = (Instant) row[12];
        boolean awaiting = status.awaitsDecision() && pausedSince == null;
        Duration remaining = Duration.between(now, dueAt);
        return new ComplaintSummary((Long) row[0], (String) row[1], status, (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], (Severity) row[7], (String) row[8], (Instant) row[9], dueAt,
                awaiting ? remaining.toString() : null, awaiting && remaining.isNegative(),
                awaiting && !remaining.isNegative() && remaining.compareTo(DUE_SOON) <= 0, (Integer) row[11] > 0,
                pausedSince != null, (Integer) row[13], (Long) row[14]);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
