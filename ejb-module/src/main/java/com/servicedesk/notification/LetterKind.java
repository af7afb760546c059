package com.servicedesk.notification;

/** The letters the complaint rules (CBIRC 2020 No.3) require, one per transition that must be told. */
public enum LetterKind {
    /** 受理通知书: the reference and the day the decision is due. */
    ACCEPTANCE,
    /** 不予受理告知书: the reason. */
    DECLINE,
    /** 延期处理告知书: the reason and the new limit. */
    EXTENSION,
    /** 暂停计时告知书: the appraisal, whose time does not count. */
    PAUSE,
    /** 处理决定告知书: the facts found, the decision and remedy, the routes of redress. */
    DECISION,
    /** 核查决定告知书: the review's decision. */
    REVIEW_DECISION,
    /** 撤回确认书: the withdrawal, which ends the procedure. */
    WITHDRAWAL;

    /** The letter number's prefix: {@code LTR-A-20261202-000001} for an acceptance. */
    String numberPrefix() {
        return "LTR-" + switch (this) {
            case ACCEPTANCE -> "A";
            case DECLINE -> "N";
            case EXTENSION -> "E";
            case PAUSE -> "P";
            case DECISION -> "D";
            case REVIEW_DECISION -> "R";
            case WITHDRAWAL -> "W";
        };
    }
}
