package com.servicedesk.security;

import java.time.Instant;
import java.time.LocalDate;

/** A policy version, with how many have acknowledged it and whether the caller has. */
public record PolicyView(long id, String code, int version, String title, String titleEn, String body,
                         LocalDate effectiveFrom, String publishedBy, Instant publishedAt, long acknowledged,
                         long staff, boolean acknowledgedByMe) implements java.io.Serializable {
}
