package com.servicedesk.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.calendar.MigratedCalendar;
import com.servicedesk.security.BranchScope;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complaint lifecycle without a server: every (state, action, role) combination, and the case
 * rules — impartiality, four eyes, the extension ladder, the paused clock, the review window.
 */
class ComplaintLifecycleTest {

    static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
    static final DeadlineEngine ENGINE = new DeadlineEngine(MigratedCalendar.load());
    static final DeadlinePolicy CBIRC = DeadlineEngineTest.CBIRC;

    static final Caller AGENT = caller("agent", Role.AGENT);
    static final Caller SUPERVISOR = caller("supervisor", Role.SUPERVISOR);
    static final Caller MANAGER = caller("manager", Role.MANAGER);

    static Caller caller(String name, Role role) {
        return new Caller(name, name, role, "BJ01", "NORTH", BranchScope.of(Set.of("BJ01")));
    }

    /** Everything any action may ask for, so that only the rules under test can refuse. */
    static final ComplaintCommand.Details FULL = new ComplaintCommand.Details("told to the customer", "refund the fee",
            RemedyType.REFUND, Money.of("120.00", "CNY"), "fee charged twice", ContactChannel.PHONE,
            CustomerResponse.ACCEPTED, ReviewOutcome.UPHELD, "B03", "C11", Severity.HIGH, "110101", "agent",
            LocalDate.of(2026, 11, 2), 99L, new ComplaintCommand.Adr(AdrKind.MEDIATION, "北京银行业纠纷调解中心",
            LocalDate.of(2026, 11, 2), AdrResult.PARTLY_UPHELD, Money.of("500.00", "CNY")));
    static final ComplaintCommand.Details NOTHING = new ComplaintCommand.Details(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    static Complaint received(String subjectStaff) {
        Complaint.Intake intake = new Complaint.Intake(1L, "BJ01", "PHONE", "A010302", "B03", "C01", "110101",
                Severity.MEDIUM, "扣费有误", subjectStaff, T0);
        return new Complaint("TS-20261102-000001", intake, CBIRC, ENGINE, caller("intake-desk", Role.AGENT), T0);
    }

    static void act(Complaint c, ComplaintAction action, Caller by, Instant at) {
        c.perform(ComplaintCommand.of(action, FULL), by, at, CBIRC, ENGINE);
    }

    /** A complaint driven along the lifecycle into the given state by the usual people. */
    static Complaint inState(ComplaintStatus status) {
        Complaint c = received(null);
        Instant t = T0.plus(Duration.ofHours(1));
        switch (status) {
            case RECEIVED -> { }
            case DECLINED -> act(c, ComplaintAction.DECLINE, SUPERVISOR, t);
            case WITHDRAWN -> act(c, ComplaintAction.WITHDRAW, AGENT, t);
            case MERGED -> act(c, ComplaintAction.MERGE, SUPERVISOR, t);
            default -> {
                act(c, ComplaintAction.ACCEPT, AGENT, t);
                if (status == ComplaintStatus.ACCEPTED) {
                    break;
                }
                act(c, ComplaintAction.START_INVESTIGATION, AGENT, t);
                if (status == ComplaintStatus.INVESTIGATING) {
                    break;
                }
                act(c, ComplaintAction.PROPOSE_RESOLUTION, AGENT, t);
                if (status == ComplaintStatus.RESOLUTION_PROPOSED) {
                    break;
                }
                act(c, ComplaintAction.RESPOND, SUPERVISOR, t);
                if (status == ComplaintStatus.RESPONDED) {
                    break;
                }
                if (status == ComplaintStatus.UNDER_REVIEW) {
                    act(c, ComplaintAction.REQUEST_REVIEW, AGENT, t);
                    break;
                }
                act(c, ComplaintAction.CLOSE, AGENT, t);
                if (status == ComplaintStatus.REOPENED) {
                    act(c, ComplaintAction.REOPEN, SUPERVISOR, t);
                }
            }
        }
        assertEquals(status, c.status(), "set-up reached the state");
        return c;
    }

    /**
     * The lifecycle as DESIGN.md §3 and CBIRC 2020 No. 3 state it, written out by hand and not read
     * from {@link ComplaintAction}: the actions open in each state. Received complaints are accepted or
     * declined; the clock may be extended while no decision is told, paused only once handling began;
     * a proposal is returned or approved (told); a told decision is disputed (review) or closed; a
     * review is decided; a closed complaint may be reopened; the classification and the assignee
     * change until the case is final; a promised remedy is recorded once the decision is told; the
     * customer may withdraw a complaint while it is open (art. 15), and a withdrawn one is final; a
     * supervisor folds an open complaint into another (merged is final); an outcome outside the bank is
     * recorded once the decision was told.
     */
    private static final String ALLOWED = """
            RECEIVED            | ACCEPT DECLINE EXTEND RECLASSIFY ASSIGN WITHDRAW MERGE
            ACCEPTED            | START_INVESTIGATION EXTEND PAUSE_CLOCK RESUME_CLOCK RECLASSIFY ASSIGN WITHDRAW MERGE
            INVESTIGATING       | PROPOSE_RESOLUTION EXTEND PAUSE_CLOCK RESUME_CLOCK RECLASSIFY ASSIGN WITHDRAW MERGE
            RESOLUTION_PROPOSED | RETURN_PROPOSAL RESPOND EXTEND RECLASSIFY ASSIGN WITHDRAW MERGE
            RESPONDED           | REQUEST_REVIEW CLOSE RECLASSIFY ASSIGN RECORD_REMEDY WITHDRAW MERGE RECORD_ADR_OUTCOME
            UNDER_REVIEW        | DECIDE_REVIEW RECLASSIFY ASSIGN RECORD_REMEDY WITHDRAW MERGE RECORD_ADR_OUTCOME
            CLOSED              | REOPEN RECORD_REMEDY RECORD_ADR_OUTCOME
            DECLINED            |
            REOPENED            | START_INVESTIGATION EXTEND PAUSE_CLOCK RESUME_CLOCK RECLASSIFY ASSIGN WITHDRAW MERGE
            WITHDRAWN           |
            MERGED              |
            """;

    /** Where each action leads; an action not listed leaves the state as it is. */
    private static final String TARGETS = """
            ACCEPT ACCEPTED | DECLINE DECLINED | START_INVESTIGATION INVESTIGATING
            PROPOSE_RESOLUTION RESOLUTION_PROPOSED | RETURN_PROPOSAL INVESTIGATING | RESPOND RESPONDED
            REQUEST_REVIEW UNDER_REVIEW | DECIDE_REVIEW RESPONDED | CLOSE CLOSED | REOPEN REOPENED
            WITHDRAW WITHDRAWN | MERGE MERGED
            """;

    /** The actions that need a supervisor or manager (a second person); the rest any handler may do. */
    private static final Set<ComplaintAction> FOR_APPROVERS = EnumSet.of(ComplaintAction.DECLINE,
            ComplaintAction.RETURN_PROPOSAL, ComplaintAction.RESPOND, ComplaintAction.EXTEND,
            ComplaintAction.DECIDE_REVIEW, ComplaintAction.REOPEN, ComplaintAction.ASSIGN, ComplaintAction.MERGE);

    private static Set<ComplaintAction> allowedIn(ComplaintStatus state) {
        for (String line : ALLOWED.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            if (parts[0].strip().equals(state.name())) {
                EnumSet<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
                for (String a : parts[1].strip().split("\\s+")) {
                    if (!a.isEmpty()) {
                        actions.add(ComplaintAction.valueOf(a));
                    }
                }
                return actions;
            }
        }
        throw new AssertionError("no row for " + state);
    }

    private static ComplaintStatus target(ComplaintAction action, ComplaintStatus from) {
        for (String pair : TARGETS.replace("\n", " | ").split("\\|")) {
            String[] p = pair.strip().split("\\s+");
            if (p.length == 2 && p[0].equals(action.name())) {
                return ComplaintStatus.valueOf(p[1]);
            }
        }
        return from;
    }

    private static boolean mayAct(ComplaintAction action, Role role) {
        return role == Role.SUPERVISOR || role == Role.MANAGER || (role == Role.AGENT && !FOR_APPROVERS.contains(action));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void theTableOpensInEachStateExactlyTheActionsTheRulesOpen(ComplaintStatus state) {
        assertEquals(allowedIn(state), ComplaintAction.inState(state));
    }

    static Stream<ComplaintStatus> states() {
        return Stream.of(ComplaintStatus.values());
    }

    static Stream<Arguments> everyStateActionAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (ComplaintStatus s : ComplaintStatus.values()) {
            for (ComplaintAction a : ComplaintAction.values()) {
                for (Role r : Role.values()) {
                    all.add(Arguments.of(s, a, r));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyStateActionAndRole")
    void everyStateActionAndRoleIsDecidedAsTheRulesSay(ComplaintStatus state, ComplaintAction action, Role role) {
        Complaint c = inState(state);
        Caller by = caller("someone-else", role);
        Instant at = T0.plus(Duration.ofHours(2));
        boolean listed = c.allowedActions(by, at, CBIRC).contains(action);
        if (!allowedIn(state).contains(action)) {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> act(c, action, by, at));
            assertFalse(e.allowedActions().contains(action.name()));
            assertFalse(listed);
        } else if (!mayAct(action, role)) {
            assertThrows(ForbiddenException.class, () -> act(c, action, by, at));
            assertFalse(listed);
        } else if (action == ComplaintAction.RESUME_CLOCK) {
            assertThrows(ConflictException.class, () -> act(c, action, by, at), "the clock was not paused");
            assertFalse(listed);
        } else {
            act(c, action, by, at);
            assertTrue(listed, action + " succeeded, so it must be listed as allowed");
            assertEquals(target(action, state), c.status());
        }
    }

    @Test
    void aWithdrawalEndsTheProcedureThatDayAndStopsAPausedClock() {
        Complaint c = inState(ComplaintStatus.INVESTIGATING);
        Instant paused = T0.plus(Duration.ofDays(2));
        act(c, ComplaintAction.PAUSE_CLOCK, AGENT, paused);
        assertTrue(c.clock().isPaused());
        Instant withdrawn = T0.plus(Duration.ofDays(4));
        c.perform(new ComplaintCommand.Withdraw("已与商户协商解决", ContactChannel.PHONE), AGENT, withdrawn, CBIRC, ENGINE);
        assertEquals(ComplaintStatus.WITHDRAWN, c.status());
        assertTrue(c.status().isFinal());
        assertFalse(c.status().awaitsDecision(), "the decision clock no longer runs");
        assertFalse(c.clock().isPaused(), "the open pause ends with the procedure");
        assertEquals(withdrawn, c.pauses().get(0).endedAt());
        assertEquals(withdrawn, c.withdrawnAt());
        assertEquals("已与商户协商解决", c.withdrawalReason());
        assertEquals(ContactChannel.PHONE, c.withdrawalChannel());
        assertEquals(0, c.escalate(T0.plus(Duration.ofDays(60))), "a withdrawn complaint is never escalated");
        assertTrue(c.allowedActions(SUPERVISOR, withdrawn, CBIRC).isEmpty());
    }

    @Test
    void aWithdrawalNeedsTheReasonWhileHowTheCustomerSaidItIsKeptWhereKnown() {
        Complaint c = inState(ComplaintStatus.ACCEPTED);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> c.perform(ComplaintCommand.of(ComplaintAction.WITHDRAW, NOTHING), AGENT, T0, CBIRC, ENGINE));
        assertEquals(List.of("reason"), e.violations().stream().map(InvalidInputException.Violation::field).toList());
        assertEquals(ComplaintStatus.ACCEPTED, c.status());
        c.perform(new ComplaintCommand.Withdraw("客户来电撤回", null), AGENT, T0, CBIRC, ENGINE);
        assertEquals(ComplaintStatus.WITHDRAWN, c.status());
        assertEquals(null, c.withdrawalChannel());
    }

    @Test
    void aComplaintIsMergedOnlyIntoAnotherOpenComplaintOfTheSameCustomer() {
        Complaint merged = received(null);
        ConflictException self = assertThrows(ConflictException.class, () -> merged.requireMergeableInto(merged));
        assertEquals("merge-into-itself", self.code());
        Complaint closed = inState(ComplaintStatus.CLOSED);
        assertEquals("merge-into-closed", assertThrows(ConflictException.class, () -> merged.requireMergeableInto(closed)).code());
        Complaint.Intake other = new Complaint.Intake(2L, "BJ01", "PHONE", "A010302", "B03", "C01", "110101",
                Severity.MEDIUM, "扣费有误", null, T0);
        Complaint anotherCustomers = new Complaint("TS-20261102-000002", other, CBIRC, ENGINE, AGENT, T0);
        assertEquals("merge-other-customer",
                assertThrows(ConflictException.class, () -> merged.requireMergeableInto(anotherCustomers)).code());
        merged.requireMergeableInto(inState(ComplaintStatus.INVESTIGATING));

        merged.perform(new ComplaintCommand.Merge(7L, "同一事项重复来电"), SUPERVISOR, T0, CBIRC, ENGINE);
        assertEquals(ComplaintStatus.MERGED, merged.status());
        assertEquals(7L, merged.mergedIntoId());
        assertTrue(merged.status().isFinal() && !merged.status().awaitsDecision(), "the survivor keeps the clock");
    }

    @Test
    void aComplaintThroughARepresentativeIsAcceptedOnlyOnceTheAuthorisationIsOnFile() {
        Complaint c = received(null);
        c.broughtBy(new Representative("王律师", RepresentativeRelation.AGENT, "enc", null));
        assertFalse(c.allowedActions(AGENT, T0, CBIRC).contains(ComplaintAction.ACCEPT));
        ConflictException e = assertThrows(ConflictException.class, () -> act(c, ComplaintAction.ACCEPT, AGENT, T0));
        assertEquals("authorisation-missing", e.code());
        assertEquals(ComplaintStatus.RECEIVED, c.status());
        c.authorisationOnFile(41L);
        act(c, ComplaintAction.ACCEPT, AGENT, T0);
        assertEquals(ComplaintStatus.ACCEPTED, c.status());
        assertEquals("no-representative", assertThrows(ConflictException.class,
                () -> received(null).authorisationOnFile(41L)).code());
    }

    @Test
    void aGroupSendsOneToFiveRepresentativesAndItsDecisionCarriesTheChildrenNotHandledApart() throws Exception {
        Complaint group = received(null);
        assertThrows(InvalidInputException.class, () -> group.representedGroup(List.of()));
        List<GroupRepresentative> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new GroupRepresentative("代表" + i, null));
        }
        assertThrows(InvalidInputException.class, () -> group.representedGroup(six));
        assertFalse(group.isGroup());
        group.representedGroup(six.subList(0, 5));
        assertTrue(group.isGroup());
        setId(group, 100L);

        Complaint follows = received(null);
        follows.withinGroup(group);
        Complaint apart = received(null);
        apart.withinGroup(group);
        assertThrows(InvalidInputException.class, () -> received(null).withinGroup(received(null)), "not a group");
        act(apart, ComplaintAction.ACCEPT, AGENT, T0);
        act(apart, ComplaintAction.START_INVESTIGATION, AGENT, T0);
        assertFalse(apart.handledApart(), "accepting and investigating are the group's work too");
        act(apart, ComplaintAction.PROPOSE_RESOLUTION, AGENT, T0);
        assertTrue(apart.handledApart(), "a decision of its own takes it out of the group's");

        Instant t = T0.plus(Duration.ofHours(3));
        act(group, ComplaintAction.ACCEPT, AGENT, t);
        act(group, ComplaintAction.START_INVESTIGATION, AGENT, t);
        act(group, ComplaintAction.PROPOSE_RESOLUTION, AGENT, t);
        act(group, ComplaintAction.RESPOND, SUPERVISOR, t);
        assertTrue(follows.followGroup(group, t, CBIRC, ENGINE));
        assertEquals(ComplaintStatus.RESPONDED, follows.status());
        assertEquals("refund the fee", follows.resolution().text());
        assertEquals("supervisor", follows.notice().respondedBy());
        assertTrue(follows.notice().decidedWithinLimit(), "told within its own limit");
        assertFalse(apart.followGroup(group, t, CBIRC, ENGINE));
        assertEquals(ComplaintStatus.RESOLUTION_PROPOSED, apart.status());

        act(group, ComplaintAction.CLOSE, AGENT, t);
        assertTrue(follows.followGroup(group, t, CBIRC, ENGINE));
        assertEquals(ComplaintStatus.CLOSED, follows.status());
        assertEquals(CustomerResponse.ACCEPTED, follows.reply().customerResponse());
    }

    private static void setId(Complaint c, long id) throws ReflectiveOperationException {
        java.lang.reflect.Field field = Complaint.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(c, id);
    }

    @Test
    void theLeastLoadedAgentWhoMayTakeItGetsTheComplaint() {
        Map<String, Long> loads = Map.of("ann", 6L, "bo", 2L, "cai", 2L);
        assertEquals("bo", ComplaintAssignment.choose(loads, Set.of()).orElseThrow(), "the least workload, ties by name");
        assertEquals("cai", ComplaintAssignment.choose(loads, Set.of("bo")).orElseThrow());
        assertTrue(ComplaintAssignment.choose(Map.of("ann", 1L), Set.of("ann")).isEmpty(), "no one left: by hand");
        Complaint c = inState(ComplaintStatus.RESPONDED);
        assertEquals(Set.of("agent", "supervisor"), c.notToBeAssigned(true), "the proposer and the approver");
        assertEquals(Set.of(), c.notToBeAssigned(false));
        assertEquals(Set.of("agent"), received("agent").notToBeAssigned(false), "the member of staff it is about");
        assertEquals(5, ComplaintAssignment.WEIGHT.get(Severity.CRITICAL));
    }

    @Test
    void anOutcomeOutsideTheBankIsRecordedAfterTheDecisionWithItsFacts() {
        Complaint c = inState(ComplaintStatus.CLOSED);
        Instant now = T0.plus(Duration.ofDays(40));
        c.perform(new ComplaintCommand.RecordAdrOutcome(AdrKind.LITIGATION, "北京市东城区人民法院",
                LocalDate.of(2026, 12, 1), AdrResult.PARTLY_UPHELD, Money.of("800.00", "CNY")), AGENT, now, CBIRC, ENGINE);
        assertEquals(1, c.adrOutcomes().size());
        ComplaintAdrOutcome o = c.adrOutcomes().get(0);
        assertEquals(AdrKind.LITIGATION, o.kind());
        assertEquals(AdrResult.PARTLY_UPHELD, o.result());
        assertEquals("800.00", o.amount().plain());
        assertEquals(ComplaintStatus.CLOSED, c.status(), "recording an outcome leaves the state as it is");

        InvalidInputException future = assertThrows(InvalidInputException.class, () -> c.perform(
                new ComplaintCommand.RecordAdrOutcome(AdrKind.MEDIATION, "调解中心", LocalDate.of(2027, 6, 1),
                        AdrResult.UPHELD, null), AGENT, now, CBIRC, ENGINE));
        assertEquals("decidedOn", future.violations().get(0).field());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> new ComplaintCommand.RecordAdrOutcome(null, " ", null, null, null));
        assertEquals(List.of("kind", "body", "decidedOn", "result"),
                missing.violations().stream().map(InvalidInputException.Violation::field).toList());
        assertEquals(1, c.adrOutcomes().size());
    }

    @Test
    void aRegulatorTransferNeedsTheRegulatorsReferenceAndDayAndOtherChannelsCarryNeither() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        List<InvalidInputException.Violation> v = new ArrayList<>();
        IntakeParticulars.regulatorTransfer(intake("REGULATOR_TRANSFER", null, null), today, v);
        assertEquals(List.of("regulatorReference", "transferredOn"), v.stream().map(InvalidInputException.Violation::field).toList());
        v.clear();
        IntakeParticulars.regulatorTransfer(intake("REGULATOR_TRANSFER", "京银保监转〔2026〕118号", today.plusDays(1)), today, v);
        assertEquals(List.of("transferredOn"), v.stream().map(InvalidInputException.Violation::field).toList());
        v.clear();
        IntakeParticulars.regulatorTransfer(intake("PHONE", "京银保监转〔2026〕118号", null), today, v);
        assertEquals(List.of("regulatorReference"), v.stream().map(InvalidInputException.Violation::field).toList());
        v.clear();
        IntakeParticulars.regulatorTransfer(intake("REGULATOR_TRANSFER", "京银保监转〔2026〕118号", today), today, v);
        assertTrue(v.isEmpty(), v.toString());
    }

    private static NewComplaint intake(String channel, String regulatorReference, LocalDate transferredOn) {
        return new NewComplaint(1L, channel, "B0302", "C1101", "x", null, null, null, null, regulatorReference,
                transferredOn, null, null, null, null);
    }

    @Test
    void theStaffMemberAComplaintIsAboutTakesNoPartInIt() {
        Complaint c = received("agent");
        Caller accused = caller("agent", Role.AGENT);
        ConflictException e = assertThrows(ConflictException.class, () -> act(c, ComplaintAction.ACCEPT, accused, T0));
        assertEquals("impartiality", e.code());
        assertTrue(c.allowedActions(accused, T0, CBIRC).isEmpty());
        Caller accusedSupervisor = caller("supervisor", Role.SUPERVISOR);
        Complaint aboutSupervisor = received("supervisor");
        assertThrows(ConflictException.class, () -> act(aboutSupervisor, ComplaintAction.DECLINE, accusedSupervisor, T0));
        act(aboutSupervisor, ComplaintAction.DECLINE, MANAGER, T0);
        assertEquals(ComplaintStatus.DECLINED, aboutSupervisor.status());
    }

    @Test
    void aComplaintAboutYouCannotBeTakenInByYou() {
        Complaint.Intake intake = new Complaint.Intake(1L, "BJ01", "PHONE", "A010302", "B03", "C01", "110101",
                null, "x", "agent", T0);
        assertThrows(ConflictException.class, () -> new Complaint("TS-1", intake, CBIRC, ENGINE, AGENT, T0));
    }

    @Test
    void whoeverProposedMayNotApprove() {
        Complaint c = inState(ComplaintStatus.INVESTIGATING);
        act(c, ComplaintAction.PROPOSE_RESOLUTION, SUPERVISOR, T0);
        ConflictException e = assertThrows(ConflictException.class, () -> act(c, ComplaintAction.RESPOND, SUPERVISOR, T0));
        assertEquals("four-eyes", e.code());
        assertFalse(c.allowedActions(SUPERVISOR, T0, CBIRC).contains(ComplaintAction.RESPOND));
        act(c, ComplaintAction.RESPOND, MANAGER, T0);
        assertEquals(ComplaintStatus.RESPONDED, c.status());
        assertEquals("supervisor", c.resolution().proposedBy());
        assertEquals("manager", c.notice().respondedBy());
    }

    @Test
    void theReviewIsDecidedBySomeoneOutsideTheFirstDecision() {
        Complaint c = inState(ComplaintStatus.UNDER_REVIEW);
        assertThrows(ConflictException.class, () -> act(c, ComplaintAction.DECIDE_REVIEW, SUPERVISOR, T0),
                "the supervisor approved the first decision");
        act(c, ComplaintAction.DECIDE_REVIEW, MANAGER, T0.plus(Duration.ofDays(3)));
        assertEquals(ComplaintStatus.RESPONDED, c.status());
        assertEquals(ReviewOutcome.UPHELD, c.reviews().get(0).outcome());
        assertFalse(c.reviews().get(0).isOpen());
        assertEquals(LocalDate.of(2026, 12, 2), LocalDate.ofInstant(c.reviews().get(0).dueAt().minusSeconds(1),
                DeadlineEngineTest.SHANGHAI), "the review has its own 30-day clock");
    }

    @Test
    void theExtensionLadderIsSupervisorThenManagerThenNoMore() {
        Complaint c = inState(ComplaintStatus.INVESTIGATING);
        Instant first = c.clock().decisionDueAt();
        assertThrows(ForbiddenException.class, () -> act(c, ComplaintAction.EXTEND, AGENT, T0));
        act(c, ComplaintAction.EXTEND, SUPERVISOR, T0);
        assertEquals(1, c.clock().extensionLevel());
        assertEquals(LocalDate.of(2026, 12, 2), LocalDate.ofInstant(c.clock().decisionDueAt().minusSeconds(1),
                DeadlineEngineTest.SHANGHAI), "30 days");
        assertTrue(c.clock().decisionDueAt().isAfter(first));
        assertThrows(ForbiddenException.class, () -> act(c, ComplaintAction.EXTEND, SUPERVISOR, T0),
                "the second extension needs a manager");
        assertFalse(c.allowedActions(SUPERVISOR, T0, CBIRC).contains(ComplaintAction.EXTEND));
        act(c, ComplaintAction.EXTEND, MANAGER, T0);
        assertEquals(2, c.clock().extensionLevel());
        assertTrue(c.clock().dueFlag() != null && c.clock().dueFlag().contains("2027"), "60 days reach 2027: flagged");
        ConflictException third = assertThrows(ConflictException.class, () -> act(c, ComplaintAction.EXTEND, MANAGER, T0));
        assertEquals("extension-limit", third.code());
        assertEquals(List.of("supervisor", "manager"), c.extensions().stream().map(ComplaintExtension::grantedBy).toList());
    }

    @Test
    void anExtensionNeedsAReasonForTheCustomer() {
        Complaint c = inState(ComplaintStatus.INVESTIGATING);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> c.perform(ComplaintCommand.of(ComplaintAction.EXTEND, NOTHING), SUPERVISOR, T0, CBIRC, ENGINE));
        assertEquals("reason", e.violations().get(0).field());
        assertEquals(0, c.clock().extensionLevel(), "a refused action changes nothing");
    }

    @Test
    void pausedDaysMoveTheDeadline() {
        Complaint c = inState(ComplaintStatus.INVESTIGATING);
        assertEquals(LocalDate.of(2026, 11, 17), lastDay(c.clock().decisionDueAt()));
        act(c, ComplaintAction.PAUSE_CLOCK, AGENT, Instant.parse("2026-11-05T02:00:00Z"));
        assertNotNull(c.clock().pausedSince());
        assertThrows(ConflictException.class, () -> act(c, ComplaintAction.PAUSE_CLOCK, AGENT, T0));
        assertEquals(LocalDate.of(2026, 11, 20), lastDay(c.decisionDeadline(CBIRC, ENGINE,
                Instant.parse("2026-11-08T02:00:00Z")).dueAt()), "three days paused so far");
        assertEquals(0, c.escalate(Instant.parse("2026-11-16T02:00:00Z")), "a paused clock does not escalate");
        act(c, ComplaintAction.RESUME_CLOCK, AGENT, Instant.parse("2026-11-15T02:00:00Z"));
        assertNull(c.clock().pausedSince());
        assertEquals(10, c.clock().pausedDays());
        assertEquals(LocalDate.of(2026, 11, 27), lastDay(c.clock().decisionDueAt()));
    }

    @Test
    void reviewsAreAskedWithinThirtyDaysOfTheDecision() {
        Complaint c = inState(ComplaintStatus.RESPONDED);
        Instant windowEnd = c.notice().reviewWindowEndsAt();
        assertEquals(LocalDate.of(2026, 12, 2), lastDay(windowEnd));
        ConflictException late = assertThrows(ConflictException.class,
                () -> act(c, ComplaintAction.REQUEST_REVIEW, AGENT, windowEnd));
        assertEquals("review-window-closed", late.code());
        act(c, ComplaintAction.REQUEST_REVIEW, AGENT, windowEnd.minusSeconds(60));
        assertEquals(ComplaintStatus.UNDER_REVIEW, c.status());
        assertEquals(CustomerResponse.DISPUTED, c.reply().customerResponse());
    }

    @Test
    void closingWithoutAnAnswerWaitsForTheReviewWindow() {
        Complaint c = inState(ComplaintStatus.RESPONDED);
        ComplaintCommand silent = new ComplaintCommand.Close(CustomerResponse.NO_RESPONSE);
        ConflictException early = assertThrows(ConflictException.class,
                () -> c.perform(silent, AGENT, T0.plus(Duration.ofDays(5)), CBIRC, ENGINE));
        assertEquals("review-window-open", early.code());
        c.perform(silent, Caller.SYSTEM, c.notice().reviewWindowEndsAt(), CBIRC, ENGINE);
        assertEquals(ComplaintStatus.CLOSED, c.status());
        assertEquals(CustomerResponse.NO_RESPONSE, c.reply().customerResponse());
    }

    @Test
    void aResponseRecordsWhetherTheLegalLimitWasMet() {
        Complaint onTime = inState(ComplaintStatus.RESPONDED);
        assertEquals(Boolean.TRUE, onTime.notice().decidedWithinLimit());
        Complaint late = inState(ComplaintStatus.RESOLUTION_PROPOSED);
        act(late, ComplaintAction.RESPOND, SUPERVISOR, late.clock().decisionDueAt().plusSeconds(1));
        assertEquals(Boolean.FALSE, late.notice().decidedWithinLimit());
    }

    @Test
    void escalationClimbsOnceToEachLevel() {
        Complaint c = inState(ComplaintStatus.INVESTIGATING);
        Instant due = c.clock().decisionDueAt();
        assertEquals(0, c.escalate(due.minus(Duration.ofDays(3))), "not due within two days yet");
        Instant soon = due.minus(Duration.ofDays(1));
        assertEquals(DecisionClock.TO_SUPERVISOR, c.escalate(soon));
        assertEquals(0, c.escalate(soon), "once per level");
        assertEquals(DecisionClock.TO_MANAGER, c.escalate(due));
        assertEquals(2, c.clock().escalationLevel());
        assertEquals(0, c.escalate(due.plus(Duration.ofDays(5))));
    }

    @Test
    void monetaryRemediesNeedAnAmountAndRemediesAreRecordedAsCarriedOut() {
        Complaint c = inState(ComplaintStatus.INVESTIGATING);
        ComplaintCommand noAmount = new ComplaintCommand.ProposeResolution("refund", RemedyType.REFUND, null, null);
        BusinessException e = assertThrows(InvalidInputException.class,
                () -> c.perform(noAmount, AGENT, T0, CBIRC, ENGINE));
        assertEquals("invalid-input", e.code());
        act(c, ComplaintAction.PROPOSE_RESOLUTION, AGENT, T0);
        act(c, ComplaintAction.RESPOND, SUPERVISOR, T0);
        act(c, ComplaintAction.RECORD_REMEDY, AGENT, Instant.parse("2026-11-21T02:00:00Z"));
        assertEquals(LocalDate.of(2026, 11, 2), c.resolution().remedyCarriedOutOn());
        assertEquals(Money.of("120", "CNY"), c.resolution().remedyAmount());
    }

    @Test
    void receiptCannotLieInTheFuture() {
        Complaint.Intake intake = new Complaint.Intake(1L, "BJ01", "PHONE", "A010302", "B03", "C01", "110101",
                null, "x", null, T0.plusSeconds(3600));
        assertThrows(InvalidInputException.class, () -> new Complaint("TS-1", intake, CBIRC, ENGINE, AGENT, T0));
    }

    @Test
    void aReopenedComplaintIsHandledAgainOnAClockOfItsOwnFromTheReopening() {
        Complaint c = inState(ComplaintStatus.CLOSED);
        Instant reopened = Instant.parse("2026-12-20T02:00:00Z");
        assertTrue(c.clock().decisionDueAt().isBefore(reopened), "the first limit (17 Nov) has long passed");
        act(c, ComplaintAction.REOPEN, SUPERVISOR, reopened);
        // 20 December + 15 days = 4 January 2027: flagged (2027 not loaded), but not overdue
        assertEquals(LocalDate.of(2027, 1, 4), lastDay(c.clock().decisionDueAt()));
        assertTrue(c.decisionDeadline(CBIRC, ENGINE, reopened).remaining(reopened).toDays() >= 14);
        assertEquals(0, c.clock().extensionLevel());
        assertEquals(0, c.escalate(reopened), "nothing to escalate on a fresh clock");
        act(c, ComplaintAction.START_INVESTIGATION, AGENT, reopened);
        act(c, ComplaintAction.EXTEND, SUPERVISOR, reopened);
        assertEquals(1, c.clock().extensionLevel(), "the ladder is climbed again in the new handling");
        assertEquals(1, c.extensions().get(c.extensions().size() - 1).round());
    }

    @Test
    void eachActionDeclaresTheInputsItCannotDoWithout() {
        for (ComplaintAction action : ComplaintAction.values()) {
            if (action.required().isEmpty()) {
                ComplaintCommand.of(action, NOTHING);
                continue;
            }
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> ComplaintCommand.of(action, NOTHING), action.name());
            assertEquals(action.required().stream().map(ComplaintInput::field).sorted().toList(),
                    e.violations().stream().map(InvalidInputException.Violation::field).sorted().toList(), action.name());
        }
        assertEquals(EnumSet.of(ComplaintInput.REASON), ComplaintAction.EXTEND.required());
        assertEquals(EnumSet.of(ComplaintInput.REVIEW_OUTCOME, ComplaintInput.REASON), ComplaintAction.DECIDE_REVIEW.required());
        assertEquals(EnumSet.of(ComplaintInput.CHANNEL), ComplaintAction.RESPOND.required());
        assertTrue(ComplaintAction.ACCEPT.takesNoInput());
    }

    private static LocalDate lastDay(Instant dueAt) {
        return LocalDate.ofInstant(dueAt.minusSeconds(1), DeadlineEngineTest.SHANGHAI);
    }
}
