package com.servicedesk.followup;

import java.time.LocalDate;
import java.util.List;

/** An improvement action as listed and shown. */
public record ImprovementView(long id, String title, String description, ImprovementAction.Origin origin,
                              String branchCode, String owner, LocalDate dueOn, ImprovementAction.Status status,
                              boolean overdue, LocalDate completedOn, ImprovementAction.CheckResult checkResult,
                              String checkNote, String checkedBy, List<SourceView> sources, long version) implements java.io.Serializable {

    /** A record the action comes from. */
    public record SourceView(String type, String id, String reference) implements java.io.Serializable {
    }

    static ImprovementView of(ImprovementAction a, LocalDate today) {
        return new ImprovementView(a.id(), a.title(), a.description(), a.origin(), a.branchCode(), a.owner(), a.dueOn(),
                a.status(), (a.status() == ImprovementAction.Status.OPEN || a.status() == ImprovementAction.Status.IN_PROGRESS)
                        && a.dueOn().isBefore(today), a.completedOn(), a.checkResult(), a.checkNote(), a.checkedBy(),
                a.sources().stream().map(s -> new SourceView(s.type(), s.id(), s.reference())).toList(), a.version());
    }

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
