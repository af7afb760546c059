package com.servicedesk.followup;

import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reached customer answers: the manual's three dimensions — response speed (响应速度),
 * professionalism (专业性), personalisation (个性化) — and overall satisfaction, each 1 to 5; the net
 * promoter score 0 to 10; and the customer's own words.
 */
public record SurveyAnswers(Integer speed, Integer professionalism, Integer personalisation, Integer overall,
                            Integer nps, String words) implements java.io.Serializable {

    /** Refuses answers that are missing or out of their scales, naming every bad field. */
    public SurveyAnswers validated() {
        List<Violation> violations = new ArrayList<>();
        check(violations, "speed", speed, 1, 5);
        check(violations, "professionalism", professionalism, 1, 5);
        check(violations, "personalisation", personalisation, 1, 5);
        check(violations, "overall", overall, 1, 5);
        check(violations, "nps", nps, 0, 10);
        if (words != null && words.length() > 2000) {
            violations.add(new Violation("words", "must be at most 2000 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }

    /** The lowest of the four 1-5 scores. */
    public int lowest() {
        return Math.min(Math.min(speed, professionalism), Math.min(personalisation, overall));
    }

    private static void check(List<Violation> violations, String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            violations.add(new Violation(field, "must be a whole number from " + min + " to " + max));
        }
    }
}
