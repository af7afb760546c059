package com.servicedesk.reports.retention;

import java.util.Date;
import java.util.List;

/**
 * What the bank holds about one customer, in clear, for the copy they asked for (PIPL art. 45): who they
 * are as registered, and each of their records with its text.
 */
public record PersonalDataCopy(String request, String name, String idNumber, String phone, String email, String branch,
                               Date customerSince, List<Entry> records) {

    /** One record the bank holds about the customer. */
    public record Entry(String kind, String reference, Date at, String status, String text) {
    }
}
