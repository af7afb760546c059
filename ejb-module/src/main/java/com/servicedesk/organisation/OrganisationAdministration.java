package com.servicedesk.organisation;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation as an administrator maintains it: regions opened and renamed, branches opened,
 * renamed and closed. A branch closes only once nothing is open there any more: its open cases and
 * its customers are moved to another branch first, each move in the record's own history, and no
 * member of staff still works there. Every change is audited with the state before and after.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OrganisationAdministration {

    static final String BRANCH = "Branch";
    static final String REGION = "Region";

    /** The order in which what is open at a branch is listed; customers last, as they follow their cases. */
    private static final List<String> KINDS = List.of("complaints", "service requests", "business applications",
            "follow-ups", "customers");

    /** A branch as the administrator's list shows it: with what is still open there. */
    public record BranchView(String code, String regionCode, String nameZh, String nameEn, String divisionCode,
                             Branch.Status status, LocalDate openedOn, LocalDate closedOn, boolean assignByWorkload,
                             long version, Map<String, Long> open, long staff) implements java.io.Serializable {
    }

    /** What opening a branch takes. */
    public record NewBranch(String code, String regionCode, String nameZh, String nameEn, String divisionCode,
                            LocalDate openedOn) {
    }

    /** What opening a region takes. */
    public record NewRegion(String code, String nameZh, String nameEn, String divisionCode) {
    }

    /** A region with its branches. */
    public record RegionView(String code, String nameZh, String nameEn, String divisionCode, long version,
                             List<String> branches) implements java.io.Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private Instance<BranchCases> cases;

    @Inject
    private TimeSource time;

    /** Every branch with what is open there: one grouped count per kind of record for the whole list. */
    public List<BranchView> branches() {
        Map<String, Map<String, Long>> open = new LinkedHashMap<>();
        for (BranchCases c : ordered()) {
            open.put(c.kind(), c.countOpenByBranch());
        }
        Map<String, Long> staff = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select u.branchCode, count(u) from StaffUser u where u.enabled = true"
                + " and u.branchCode is not null group by u.branchCode", Object[].class).getResultList()) {
            staff.put((String) row[0], (Long) row[1]);
        }
        return em.createQuery("select b from Branch b order by b.code", Branch.class).getResultStream().map(b -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            open.forEach((kind, byBranch) -> counts.put(kind, byBranch.getOrDefault(b.code(), 0L)));
            return view(b, counts, staff.getOrDefault(b.code(), 0L));
        }).toList();
    }

    public BranchView branch(String code) {
        return view(find(code));
    }

    public List<RegionView> regions() {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultStream().map(this::view)
                .toList();
    }

    public RegionView openRegion(NewRegion r) {
        List<Violation> v = new ArrayList<>();
        code(v, "code", r.code());
        names(v, r.nameZh(), r.nameEn());
        division(v, r.divisionCode());
        refuse(v);
        if (em.find(Region.class, r.code()) != null) {
            throw new ConflictException("region-exists", "region " + r.code() + " already exists");
        }
        Region region = new Region(r.code(), r.nameZh().strip(), r.nameEn().strip(), r.divisionCode());
        em.persist(region);
        em.flush();
        audit.record(AuditEvent.of(REGION, region.code(), "OPEN").withStates(null, state(region)));
        return view(region);
    }

    /** Renames a region; {@code expectedVersion} null when the caller names none. */
    public RegionView renameRegion(String code, Long expectedVersion, String nameZh, String nameEn) {
        List<Violation> v = new ArrayList<>();
        names(v, nameZh, nameEn);
        refuse(v);
        Region region = code == null ? null : em.find(Region.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (region == null) {
            throw new RecordNotFoundException("region", code);
        }
        StaleVersionException.check("region", code, expectedVersion, region.version());
        String before = state(region);
        region.rename(nameZh.strip(), nameEn.strip());
        em.flush();
        audit.record(AuditEvent.of(REGION, code, "RENAME").withStates(before, state(region)));
        return view(region);
    }

    public BranchView openBranch(NewBranch b) {
        List<Violation> v = new ArrayList<>();
        code(v, "code", b.code());
        names(v, b.nameZh(), b.nameEn());
        division(v, b.divisionCode());
        Region region = b.regionCode() == null ? null : em.find(Region.class, b.regionCode());
        if (region == null) {
            v.add(new Violation("regionCode", "is not a region of the bank"));
        }
        refuse(v);
        if (em.find(Branch.class, b.code()) != null) {
            throw new ConflictException("branch-exists", "branch " + b.code() + " already exists");
        }
        Branch branch = new Branch(b.code(), region, b.nameZh().strip(), b.nameEn().strip(), b.divisionCode(),
                b.openedOn() == null ? time.today() : b.openedOn());
        em.persist(branch);
        em.flush();
        audit.record(AuditEvent.of(BRANCH, branch.code(), "OPEN").withStates(null, state(branch)));
        return view(branch);
    }

    public BranchView renameBranch(String code, Long expectedVersion, String nameZh, String nameEn) {
        List<Violation> v = new ArrayList<>();
        names(v, nameZh, nameEn);
        refuse(v);
        Branch branch = locked(code, expectedVersion);
        String before = state(branch);
        branch.rename(nameZh.strip(), nameEn.strip());
        em.flush();
        audit.record(AuditEvent.of(BRANCH, code, "RENAME").withStates(before, state(branch)));
        return view(branch);
    }

    /**
     * Turns a branch's assignment of new complaints by workload on or off; off, complaints are assigned by
     * hand (ASSIGN) as before.
     */
    public BranchView assignByWorkload(String code, Long expectedVersion, boolean on) {
        Branch branch = locked(code, expectedVersion);
        String before = state(branch);
        branch.assignByWorkload(on);
        em.flush();
        audit.record(AuditEvent.of(BRANCH, code, "ASSIGNMENT_POLICY").withStates(before, state(branch)));
        return view(branch);
    }

    /** Moves every open case and every customer of a branch to another open branch; returns how many of each. */
    public Map<String, Integer> moveOpenCases(String from, String to) {
        Branch source = find(from);
        Branch target = to == null ? null : em.find(Branch.class, to);
        if (target == null || !target.isOpen() || from.equals(to)) {
            throw new InvalidInputException("to", "must be another open branch of the bank");
        }
        // both locked in the order of their codes, so that two moves in opposite directions cannot deadlock
        for (Branch b : from.compareTo(to) < 0 ? List.of(source, target) : List.of(target, source)) {
            em.lock(b, LockModeType.PESSIMISTIC_WRITE);
        }
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (BranchCases c : ordered()) {
            moved.put(c.kind(), c.moveOpen(from, to));
        }
        JsonObjectBuilder detail = JsonSupport.JSON.createObjectBuilder().add("to", to);
        moved.forEach(detail::add);
        audit.record(AuditEvent.of(BRANCH, from, "MOVE_OPEN_CASES").withDetail(detail.build().toString()));
        return moved;
    }

    /** Closes a branch on a day; refused while anything is open there or anyone still works there. */
    public BranchView closeBranch(String code, Long expectedVersion, LocalDate on) {
        Branch branch = locked(code, expectedVersion);
        BranchView current = view(branch);
        List<String> left = new ArrayList<>();
        current.open().forEach((kind, count) -> {
            if (count > 0) {
                left.add(count + " " + kind);
            }
        });
        if (current.staff() > 0) {
            left.add(current.staff() + " members of staff");
        }
        if (!left.isEmpty()) {
            throw new ConflictException("branch-not-empty", "branch " + code + " still has " + String.join(", ", left)
                    + ": move them to another branch first");
        }
        String before = state(branch);
        branch.close(on == null ? time.today() : on);
        em.flush();
        audit.record(AuditEvent.of(BRANCH, code, "CLOSE").withStates(before, state(branch)));
        return view(branch);
    }

    private List<BranchCases> ordered() {
        return cases.stream().sorted(java.util.Comparator.comparingInt(c -> KINDS.indexOf(c.kind()))).toList();
    }

    private Branch find(String code) {
        Branch branch = code == null ? null : em.find(Branch.class, code);
        if (branch == null) {
            throw new RecordNotFoundException("branch", code);
        }
        return branch;
    }

    private Branch locked(String code, Long expectedVersion) {
        Branch branch = find(code);
        em.lock(branch, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(branch);
        StaleVersionException.check("branch", code, expectedVersion, branch.version());
        return branch;
    }

    private BranchView view(Branch b) {
        Map<String, Long> open = new LinkedHashMap<>();
        for (BranchCases c : ordered()) {
            open.put(c.kind(), c.countOpen(b.code()));
        }
        long staff = em.createQuery("select count(u) from StaffUser u where u.branchCode = :b and u.enabled = true", Long.class)
                .setParameter("b", b.code()).getSingleResult();
        return view(b, open, staff);
    }

    private static BranchView view(Branch b, Map<String, Long> open, long staff) {
        return new BranchView(b.code(), b.regionCode(), b.nameZh(), b.nameEn(), b.divisionCode(), b.status(), b.openedOn(),
                b.closedOn(), b.assignsByWorkload(), b.version(), open, staff);
    }

    private RegionView view(Region r) {
        List<String> branches = em.createQuery("select b.code from Branch b where b.regionCode = :r order by b.code",
                String.class).setParameter("r", r.code()).getResultList();
        return new RegionView(r.code(), r.nameZh(), r.nameEn(), r.divisionCode(), r.version(), branches);
    }

    private static void code(List<Violation> v, String field, String code) {
        if (code == null || !code.matches("[A-Z][A-Z0-9]{1,15}")) {
            v.add(new Violation(field, "2 to 16 capital letters and digits, beginning with a letter"));
        }
    }

    private static void names(List<Violation> v, String nameZh, String nameEn) {
        if (nameZh == null || nameZh.isBlank() || nameZh.strip().length() > 100) {
            v.add(new Violation("nameZh", "is required, at most 100 characters"));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > 100) {
            v.add(new Violation("nameEn", "is required, at most 100 characters"));
        }
    }

    private static void division(List<Violation> v, String division) {
        if (division == null || !division.matches("\\d{6}")) {
            v.add(new Violation("divisionCode", "must be a six-digit GB/T 2260 division code"));
        }
    }

    private static void refuse(List<Violation> v) {
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static String state(Branch b) {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder().add("code", b.code()).add("regionCode", b.regionCode())
                .add("nameZh", b.nameZh()).add("nameEn", b.nameEn()).add("divisionCode", b.divisionCode())
                .add("status", b.status().name()).add("assignByWorkload", b.assignsByWorkload());
        if (b.openedOn() != null) {
            json.add("openedOn", b.openedOn().toString());
        }
        if (b.closedOn() != null) {
            json.add("closedOn", b.closedOn().toString());
        }
        return json.build().toString();
    }

    private static String state(Region r) {
        return JsonSupport.JSON.createObjectBuilder().add("code", r.code()).add("nameZh", r.nameZh())
                .add("nameEn", r.nameEn()).add("divisionCode", r.divisionCode()).build().toString();
    }
}
