package com.servicedesk.shared;

import java.util.List;

/** Input that passed the boundary's syntax checks but breaks a rule only the domain can check. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** One rejected field and why. */
    public record Violation(String field, String message) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<Violation> violations;

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
