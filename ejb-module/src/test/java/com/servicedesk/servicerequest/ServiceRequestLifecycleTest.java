package com.servicedesk.servicerequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.security.BranchScope;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The service request loop over every (state, action, role), and its clocks. */
class ServiceRequestLifecycleTest {

    static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
    static final ServiceStandard PHONE_ACCOUNT = ServiceStandard.of("ACCOUNT", "PHONE", 30, 1440);
    static final ServiceRequestCommand FULL = new ServiceRequestCommand("客户来电咨询", "已告知办理流程", true, true,
            "满意", "bj01.agent1");

    static Caller caller(String name, Role role) {
        return new Caller(name, name, role, "BJ01", "NORTH", BranchScope.of(Set.of("BJ01")));
    }

    static ServiceRequest received() {
        return new ServiceRequest("FW-20261102-000001", new ServiceRequest.Intake(1L, "BJ01", "PHONE", "ACCOUNT",
                "挂失后补卡", "客户询问挂失后补卡流程"), PHONE_ACCOUNT, caller("agent", Role.AGENT), T0);
    }

    static ServiceRequest inState(ServiceRequestStatus status) {
        ServiceRequest r = received();
        Caller agent = caller("agent", Role.AGENT);
        List<ServiceRequestAction> path = switch (status) {
            case RECEIVED -> List.of();
            case ACCEPTED -> List.of(ServiceRequestAction.ACCEPT);
            case IN_PROGRESS -> List.of(ServiceRequestAction.ACCEPT, ServiceRequestAction.START);
            case RESPONDED -> List.of(ServiceRequestAction.ACCEPT, ServiceRequestAction.START, ServiceRequestAction.RESPOND);
            case FOLLOWED_UP -> List.of(ServiceRequestAction.ACCEPT, ServiceRequestAction.START,
                    ServiceRequestAction.RESPOND, ServiceRequestAction.FOLLOW_UP);
            case CLOSED -> List.of(ServiceRequestAction.ACCEPT, ServiceRequestAction.START,
                    ServiceRequestAction.RESPOND, ServiceRequestAction.FOLLOW_UP, ServiceRequestAction.CLOSE);
            case CANCELLED -> List.of(ServiceRequestAction.CANCEL);
        };
        for (ServiceRequestAction a : path) {
            r.perform(a, FULL, agent, T0.plusSeconds(60));
        }
        assertEquals(status, r.status());
        return r;
    }

    static Stream<Arguments> everyStateActionAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (ServiceRequestStatus s : ServiceRequestStatus.values()) {
            for (ServiceRequestAction a : ServiceRequestAction.values()) {
                for (Role r : Role.values()) {
                    all.add(Arguments.of(s, a, r));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyStateActionAndRole")
    void theTableDecidesThenTheRole(ServiceRequestStatus state, ServiceRequestAction action, Role role) {
        ServiceRequest r = inState(state);
        Caller by = caller("someone", role);
        boolean listed = r.allowedActions(by).contains(action);
        if (!action.allowedIn(state)) {
            assertThrows(IllegalTransitionException.class, () -> r.perform(action, FULL, by, T0.plusSeconds(120)));
            assertFalse(listed);
        } else if (!action.allowedFor(role)) {
            assertThrows(ForbiddenException.class, () -> r.perform(action, FULL, by, T0.plusSeconds(120)));
            assertFalse(listed);
        } else {
            r.perform(action, FULL, by, T0.plusSeconds(120));
            assertTrue(listed);
            assertEquals(action.target(state), r.status());
        }
    }

    @Test
    void theStandardSetsBothClocksAndTheCurrentOneFollowsTheState() {
        ServiceRequest r = received();
        assertEquals(T0.plus(Duration.ofMinutes(30)), r.firstResponseDueAt());
        assertEquals(T0.plus(Duration.ofHours(24)), r.resolutionDueAt());
        assertEquals(r.firstResponseDueAt(), r.currentDueAt());
        assertTrue(r.isOverdue(T0.plus(Duration.ofMinutes(30))));
        r.perform(ServiceRequestAction.ACCEPT, FULL, caller("agent", Role.AGENT), T0.plus(Duration.ofMinutes(10)));
        assertEquals(r.resolutionDueAt(), r.currentDueAt());
        assertFalse(r.isOverdue(T0.plus(Duration.ofHours(2))));
        assertTrue(r.isOverdue(T0.plus(Duration.ofHours(25))));
    }

    @Test
    void aBreachEscalatesOnceAndAManualEscalationNeedsANote() {
        ServiceRequest r = received();
        assertTrue(r.escalate(T0.plus(Duration.ofHours(1))));
        assertFalse(r.escalate(T0.plus(Duration.ofHours(2))));
        assertEquals(1, r.escalationLevel());
        assertFalse(r.allowedActions(caller("agent", Role.AGENT)).contains(ServiceRequestAction.ESCALATE));
        assertThrows(ConflictException.class, () -> r.perform(ServiceRequestAction.ESCALATE, FULL,
                caller("agent", Role.AGENT), T0));
        ServiceRequest fresh = received();
        assertThrows(InvalidInputException.class, () -> fresh.perform(ServiceRequestAction.ESCALATE,
                ServiceRequestCommand.note(" "), caller("agent", Role.AGENT), T0));
    }

    @Test
    void theAnswerAndTheCustomersFeedbackAreRecorded() {
        ServiceRequest r = inState(ServiceRequestStatus.IN_PROGRESS);
        assertThrows(InvalidInputException.class, () -> r.perform(ServiceRequestAction.RESPOND,
                ServiceRequestCommand.note("x"), caller("agent", Role.AGENT), T0));
        r.perform(ServiceRequestAction.RESPOND, new ServiceRequestCommand(null, "已说明", true, false, "等待时间较长", null),
                caller("agent", Role.AGENT), T0.plusSeconds(600));
        assertEquals(Boolean.TRUE, r.feedbackUnderstood());
        assertEquals(Boolean.FALSE, r.feedbackSatisfied());
        assertEquals("等待时间较长", r.feedbackNote());
        assertNotNull(r.respondedAt());
    }
}
