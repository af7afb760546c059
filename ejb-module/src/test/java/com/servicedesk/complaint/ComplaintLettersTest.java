package com.servicedesk.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.notification.LetterKind;
import com.servicedesk.reports.letter.CustomerLetter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which transitions owe the customer a letter, what it says, and the telling taken from the delivery. */
class ComplaintLettersTest {

    private static final Instant T = ComplaintLifecycleTest.T0.plus(Duration.ofHours(2));

    @Test
    void exactlyTheTransitionsTheRulesRequireToBeToldWriteALetter() {
        assertEquals(Set.of(ComplaintAction.ACCEPT, ComplaintAction.DECLINE, ComplaintAction.EXTEND,
                ComplaintAction.PAUSE_CLOCK, ComplaintAction.RESPOND, ComplaintAction.DECIDE_REVIEW, ComplaintAction.WITHDRAW),
                ComplaintLetters.LETTERS.keySet());
        assertEquals(EnumSet.allOf(LetterKind.class), EnumSet.copyOf(ComplaintLetters.LETTERS.values()), "every kind has its transition");
    }

    @Test
    void theDecisionLetterCarriesFactsDecisionRemedyAndTheReviewWindow() {
        Complaint c = ComplaintLifecycleTest.inState(ComplaintStatus.RESPONDED);
        CustomerLetter l = ComplaintLetters.letter(c, LetterKind.DECISION, "李明", "北京东城支行", T, c.clock().decisionDueAt());
        assertEquals("DECISION", l.kind());
        assertEquals(c.reference(), l.reference());
        assertEquals("fee charged twice", l.factsFound());
        assertEquals("refund the fee", l.decision());
        assertEquals("REFUND", l.remedyType());
        assertEquals(new BigDecimal("120.00"), l.remedyAmount());
        assertEquals(c.notice().reviewWindowEndsAt(), l.reviewWindowEndsAt());
        assertNull(l.reason());
    }

    @Test
    void theDeclineLetterGivesTheReasonTold() {
        Complaint c = ComplaintLifecycleTest.inState(ComplaintStatus.DECLINED);
        CustomerLetter l = ComplaintLetters.letter(c, LetterKind.DECLINE, "李明", "北京东城支行", T, c.clock().decisionDueAt());
        assertEquals("told to the customer", l.reason());
    }

    @Test
    void aDecisionToBeToldInWritingIsToldWhenItsLetterIsDelivered() {
        Complaint c = ComplaintLifecycleTest.received(null);
        Instant at = T;
        c.perform(new ComplaintCommand.Accept(), ComplaintLifecycleTest.AGENT, at, ComplaintLifecycleTest.CBIRC,
                ComplaintLifecycleTest.ENGINE);
        c.perform(new ComplaintCommand.StartInvestigation(), ComplaintLifecycleTest.AGENT, at, ComplaintLifecycleTest.CBIRC,
                ComplaintLifecycleTest.ENGINE);
        ComplaintLifecycleTest.act(c, ComplaintAction.PROPOSE_RESOLUTION, ComplaintLifecycleTest.AGENT, at);
        c.perform(new ComplaintCommand.Respond(ContactChannel.EMAIL), ComplaintLifecycleTest.SUPERVISOR, at,
                ComplaintLifecycleTest.CBIRC, ComplaintLifecycleTest.ENGINE);
        assertTrue(c.notice().decidedWithinLimit(), "approved within the limit");
        Instant late = c.clock().decisionDueAt().plusSeconds(60);
        c.notice().delivered(ContactChannel.SMS, late, c.clock().decisionDueAt());
        assertEquals(ContactChannel.SMS, c.notice().responseChannel(), "the channel that reached the customer");
        assertEquals(late, c.notice().notifiedAt());
        assertFalse(c.notice().decidedWithinLimit(), "delivered after the limit: not told within it");
        c.notice().delivered(ContactChannel.EMAIL, at, c.clock().decisionDueAt());
        assertEquals(late, c.notice().notifiedAt(), "the first delivery counts");
    }

    @Test
    void aDecisionToldInPersonStaysAsToldWhateverTheLetterDoes() {
        Complaint c = ComplaintLifecycleTest.inState(ComplaintStatus.RESPONDED);
        assertEquals(ContactChannel.PHONE, c.notice().responseChannel());
        c.notice().delivered(ContactChannel.EMAIL, c.clock().decisionDueAt().plusSeconds(60), c.clock().decisionDueAt());
        assertEquals(ContactChannel.PHONE, c.notice().responseChannel());
        assertTrue(c.notice().decidedWithinLimit());
        assertEquals(ContactChannel.EMAIL, c.notice().notifiedChannel());
    }
}
