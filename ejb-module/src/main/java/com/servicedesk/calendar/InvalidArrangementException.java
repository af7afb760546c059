package com.servicedesk.calendar;

import com.servicedesk.shared.InvalidInputException;
import java.util.List;

/** A proposed arrangement that breaks the calendar's rules; nothing of it is stored. */
public class InvalidArrangementException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<ArrangementProblem> problems;

    public InvalidArrangementException(List<ArrangementProblem> problems) {
        super(problems.stream().map(ArrangementProblem::violation).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ArrangementProblem> problems() {
        return problems;
    }
}
