package com.servicedesk.assessment;

/** The grades of a total score: 优秀, 良好, 合格, 不合格; the standard sets each one's lower bound. */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL;

    /** Below 合格: calls for an improvement plan. */
    public boolean failing() {
        return this == FAIL;
    }
}
