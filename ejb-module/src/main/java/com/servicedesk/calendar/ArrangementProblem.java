package com.servicedesk.calendar;

import com.servicedesk.shared.InvalidInputException.Violation;
import java.io.Serializable;

/**
 * One reason a proposed arrangement is refused, naming the offending date: the portal words it in
 * the user's language from {@link Rule}, the API returns it as a violation.
 */
public record ArrangementProblem(Rule rule, int index, String date, String detail) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rules an arrangement must keep. */
    public enum Rule {
        NO_DAYS("days", "the arrangement lists no days"),
        BAD_YEAR("year", "%2$s is not a year the calendar can hold (2000 to 2100)"),
        NO_SOURCE("source", "say which notice the arrangement comes from, in at most 300 characters"),
        BAD_DATE("date", "%1$s is not a date (yyyy-mm-dd)"),
        OUTSIDE_YEAR("date", "%1$s lies outside %2$s"),
        DUPLICATE("date", "%1$s is listed twice"),
        WORKING_ON_WEEKDAY("kind", "%1$s is a %2$s: only a Saturday or Sunday can become a working day (调休上班)"),
        UNKNOWN_KIND("kind", "%1$s has the unknown kind %2$s: OFF (放假) or WORKING (调休上班)"),
        NO_NAME("name", "%1$s needs a holiday name of at most 100 characters");

        private final String field;
        private final String message;

        Rule(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    /** The field of the request it concerns: {@code days[3].date}, or a top-level field. */
    public String field() {
        return switch (rule) {
            case NO_DAYS, BAD_YEAR, NO_SOURCE -> rule.field;
            default -> "days[" + index + "]." + rule.field;
        };
    }

    public String message() {
        return String.format(rule.message, date, detail);
    }

    public Violation violation() {
        return new Violation(field(), message());
    }
}
