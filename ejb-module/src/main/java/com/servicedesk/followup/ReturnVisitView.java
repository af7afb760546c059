package com.servicedesk.followup;

import java.math.BigDecimal;
import java.time.Instant;

/** A return visit as shown: its attempts, the answers once reached, and the visit's satisfaction index. */
public record ReturnVisitView(long id, long followUpId, String branchCode, String handledBy, ReturnVisitStatus status,
                              int attempts, String channel, SurveyAnswers answers, BigDecimal satisfactionIndex,
                              String visitedBy, Instant completedAt, long version) implements java.io.Serializable {

    static ReturnVisitView of(ReturnVisit v, SatisfactionMethod method) {
        SurveyAnswers answers = v.answers();
        return new ReturnVisitView(v.id(), v.followUpId(), v.branchCode(), v.handledBy(), v.status(), v.attempts(),
                v.channel(), answers, answers == null ? null : method.index(answers), v.visitedBy(), v.completedAt(),
                v.version());
    }

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
