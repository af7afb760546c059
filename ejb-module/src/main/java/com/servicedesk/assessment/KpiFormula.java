package com.servicedesk.assessment;

/**
 * How a KPI is measured over the real records of a period. Rates count the records that met the
 * mark out of those due; the satisfaction index averages the visits' indexes; the complaint rate
 * counts complaints per 10,000 of the branch's customers.
 */
public enum KpiFormula {
    /** Service requests whose first-response deadline fell in the period: accepted by it (%). */
    FIRST_RESPONSE_ON_TIME(Unit.PERCENT),
    /** Complaints whose decision was told to the customer in the period: told within the legal limit (%). */
    COMPLAINT_DECIDED_IN_LIMIT(Unit.PERCENT),
    /** Complaints received in the period per 10,000 customers of the branch at the period's end. */
    COMPLAINTS_PER_10K_CUSTOMERS(Unit.PER_10K),
    /** The mean satisfaction index (0-100) of the return visits completed in the period. */
    SATISFACTION_INDEX(Unit.INDEX),
    /** Follow-ups due in the period: closed (visited or found unreachable) by their due date (%). */
    RETURN_VISIT_COMPLETION(Unit.PERCENT),
    /** Improvement actions due in the period: completed by their due date (%). */
    IMPROVEMENT_ON_TIME(Unit.PERCENT),
    /** Branch staff holding a valid pass of every mandatory security course at the period's end (%). */
    TRAINING_COMPLETION(Unit.PERCENT);

    /** What a value means. */
    public enum Unit {
        PERCENT, INDEX, PER_10K
    }

    private final Unit unit;

    KpiFormula(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
