package com.servicedesk.calendar;

/**
 * A day as an administrator entered or pasted it, not yet checked: the date and kind stay text so
 * that a wrong one is refused by name with its date, rather than as an unreadable request.
 */
public record ProposedDay(String date, String kind, String name, String nameEn) {
}
