package com.servicedesk.retention;

import com.servicedesk.audit.PersonalText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What retention finds and does in the tables, kind by kind: which records have expired (ended before the
 * cutoff, not yet anonymised, no legal hold on them or on their customer), and the statements that take
 * their personal data out. Everything the statistics count stays: codes, dates, branch, status, outcome,
 * amounts. Plain SQL, the same on both databases, in batches of ids.
 */
final class RecordSweeps {

    /** A customer whose records have all been anonymised keeps this name. */
    static final String ANONYMOUS_CUSTOMER = "已匿名化客户";

    private final EntityManager em;

    RecordSweeps(EntityManager em) {
        this.em = em;
    }

    /** The table, its alias's end-of-life condition and the hold targets that keep a record of a kind. */
    private record Sweep(String table, String alias, String expired, String caseHold, String customerColumn) {
    }

    private static Sweep sweep(RecordKind kind) {
        return switch (kind) {
            case COMPLAINT -> new Sweep("complaint", "c", "c.ended_at < :cutoff and c.business_category <> :category",
                    "COMPLAINT", "customer_id");
            case CREDIT_REPORT_COMPLAINT -> new Sweep("complaint", "c", "c.ended_at < :cutoff and c.business_category = :category",
                    "COMPLAINT", "customer_id");
            case SERVICE_REQUEST -> new Sweep("service_request", "c", "c.closed_at < :cutoff", "SERVICE_REQUEST", "customer_id");
            case APPLICATION -> new Sweep("business_application", "c", "c.status in ('COMPLETED', 'REJECTED')"
                    + " and coalesce(c.completed_at, c.reviewed_at) < :cutoff", "APPLICATION", "customer_id");
            case RETURN_VISIT -> new Sweep("return_visit", "c", "c.completed_at < :cutoff", null, "customer_id");
            default -> throw new IllegalArgumentException(kind + " is not a kind of case record");
        };
    }

    private static String heldFree(Sweep s) {
        return " and not exists (select 1 from legal_hold h where h.released_at is null and ("
                + (s.caseHold() == null ? "" : "(h.target_type = '" + s.caseHold() + "' and h.target_id = c.id) or ")
                + "(h.target_type = 'CUSTOMER' and h.target_id = c." + s.customerColumn() + ")))";
    }

    private static String held(Sweep s) {
        return " and exists (select 1 from legal_hold h where h.released_at is null and ("
                + (s.caseHold() == null ? "" : "(h.target_type = '" + s.caseHold() + "' and h.target_id = c.id) or ")
                + "(h.target_type = 'CUSTOMER' and h.target_id = c." + s.customerColumn() + ")))";
    }

    /** The next expired records of a kind after {@code afterId}, in id order. */
    @SuppressWarnings("unchecked")
    List<Long> expired(RecordKind kind, Instant cutoff, String category, long afterId, int max) {
        Sweep s = sweep(kind);
        Query q = em.createNativeQuery("select c.id from " + s.table() + " c where " + s.expired()
                + " and c.anonymised_at is null and c.id > :after" + heldFree(s) + " order by c.id");
        bind(q, s, cutoff, category).setParameter("after", afterId).setMaxResults(max);
        return ((List<Number>) q.getResultList()).stream().map(Number::longValue).toList();
    }

    long countExpired(RecordKind kind, Instant cutoff, String category) {
        Sweep s = sweep(kind);
        return count("select count(*) from " + s.table() + " c where " + s.expired() + " and c.anonymised_at is null"
                + heldFree(s), s, cutoff, category);
    }

    /** Expired records of the kind that a hold keeps. */
    long countHeld(RecordKind kind, Instant cutoff, String category) {
        Sweep s = sweep(kind);
        return count("select count(*) from " + s.table() + " c where " + s.expired() + " and c.anonymised_at is null"
                + held(s), s, cutoff, category);
    }

    @SuppressWarnings("unchecked")
    List<String> examples(RecordKind kind, Instant cutoff, String category, int max) {
        Sweep s = sweep(kind);
        String reference = kind == RecordKind.RETURN_VISIT ? "cast(c.id as varchar(20))" : "c.reference";
        Query q = em.createNativeQuery("select " + reference + " from " + s.table() + " c where " + s.expired()
                + " and c.anonymised_at is null" + heldFree(s) + " order by c.id");
        bind(q, s, cutoff, category).setMaxResults(max);
        return ((List<Object>) q.getResultList()).stream().map(String::valueOf).toList();
    }

    private long count(String sql, Sweep s, Instant cutoff, String category) {
        return ((Number) bind(em.createNativeQuery(sql), s, cutoff, category).getSingleResult()).longValue();
    }

    private static Query bind(Query q, Sweep s, Instant cutoff, String category) {
        q.setParameter("cutoff", cutoff);
        if (s.expired().contains(":category")) {
            q.setParameter("category", category == null ? "" : category);
        }
        return q;
    }

    /**
     * Takes the personal data out of these records: the free text a name or number may hide in, a
     * representative's name and phone, the notes on the case, the notifications' addresses and texts, and
     * the personal text of their audit entries (the entries stay and still verify).
     */
    void anonymise(RecordKind kind, List<Long> ids, Instant now) {
        String erased = PersonalText.ERASED;
        switch (kind) {
            case COMPLAINT, CREDIT_REPORT_COMPLAINT -> {
                update("update complaint set description = :e, decline_reason = " + erase("decline_reason")
                        + ", withdrawal_reason = " + erase("withdrawal_reason") + ", resolution = " + erase("resolution")
                        + ", root_cause = " + erase("root_cause") + ", representative_name = " + erase("representative_name")
                        + ", representative_phone_enc = null, anonymised_at = :now where id in (:ids)", ids, erased, now);
                update("update complaint_review set reason = :e, decision = " + erase("decision")
                        + " where complaint_id in (:ids)", ids, erased, null);
                update("update complaint_extension set reason = :e where complaint_id in (:ids)", ids, erased, null);
                update("update complaint_pause set reason = :e where complaint_id in (:ids)", ids, erased, null);
                update("update complaint_group_representative set name = :e, phone_enc = null where complaint_id in (:ids)",
                        ids, erased, null);
                caseTexts("Complaint", ids, erased);
            }
            case SERVICE_REQUEST -> {
                update("update service_request set subject = :e, description = :e, response = " + erase("response")
                        + ", feedback_note = " + erase("feedback_note") + ", cancel_reason = " + erase("cancel_reason")
                        + ", anonymised_at = :now where id in (:ids)", ids, erased, now);
                caseTexts("ServiceRequest", ids, erased);
            }
            case APPLICATION -> {
                update("update business_application set description = :e, review_note = " + erase("review_note")
                        + ", anonymised_at = :now where id in (:ids)", ids, erased, now);
                caseTexts("BusinessApplication", ids, erased);
            }
            case RETURN_VISIT -> {
                update("update return_visit set customer_words = " + erase("customer_words")
                        + ", anonymised_at = :now where id in (:ids)", ids, erased, now);
                auditTexts("ReturnVisit", ids);
            }
            default -> throw new IllegalArgumentException(kind + " is not anonymised");
        }
    }

    private static String erase(String column) {
        return "case when " + column + " is null then null else :e end";
    }

    private void caseTexts(String caseType, List<Long> ids, String erased) {
        em.createNativeQuery("update case_note set body = :e where case_type = :t and case_id in (:ids)")
                .setParameter("e", erased).setParameter("t", caseType).setParameter("ids", ids).executeUpdate();
        // the address and the text go; a delivery still waiting is given up (it has nowhere to go)
        em.createNativeQuery("update notification set recipient_enc = null, body = :e, status = case when status = 'PENDING'"
                        + " then 'FAILED' else status end, last_error = case when status = 'PENDING' then :why else last_error end"
                        + " where case_type = :t and case_id in (:ids)")
                .setParameter("e", erased).setParameter("why", "given up: the case was anonymised by retention")
                .setParameter("t", caseType).setParameter("ids", ids).executeUpdate();
        auditTexts(caseType, ids);
    }

    private void auditTexts(String type, List<Long> ids) {
        List<String> keys = new ArrayList<>();
        ids.forEach(id -> keys.add(type + ":" + id));
        em.createNativeQuery("delete from audit_personal_data where chain_key in (:keys)").setParameter("keys", keys)
                .executeUpdate();
    }

    private void update(String sql, List<Long> ids, String erased, Instant now) {
        Query q = em.createNativeQuery(sql).setParameter("ids", ids).setParameter("e", erased);
        if (now != null) {
            q.setParameter("now", now);
        }
        q.executeUpdate();
    }

    // --- files: evidence files and letters of cases that ended before the cutoff ---------------------

    private static final String FILE_CASE_ENDED = "((a.case_type = 'Complaint' and exists (select 1 from complaint c"
            + " where c.id = a.case_id and c.ended_at < :cutoff and " + caseFree("COMPLAINT") + "))"
            + " or (a.case_type = 'ServiceRequest' and exists (select 1 from service_request c where c.id = a.case_id"
            + " and c.closed_at < :cutoff and " + caseFree("SERVICE_REQUEST") + "))"
            + " or (a.case_type = 'BusinessApplication' and exists (select 1 from business_application c"
            + " where c.id = a.case_id and c.status in ('COMPLETED', 'REJECTED')"
            + " and coalesce(c.completed_at, c.reviewed_at) < :cutoff and " + caseFree("APPLICATION") + ")))";

    private static String caseFree(String caseHold) {
        return "not exists (select 1 from legal_hold h where h.released_at is null and ((h.target_type = '" + caseHold
                + "' and h.target_id = c.id) or (h.target_type = 'CUSTOMER' and h.target_id = c.customer_id)))";
    }

    /** An expired file: its id, case type and case id, digest and size. */
    record ExpiredFile(long id, String caseType, long caseId, String sha256, long size, String number) {
    }

    @SuppressWarnings("unchecked")
    List<ExpiredFile> expiredAttachments(Instant cutoff, long afterId, int max) {
        return ((List<Object[]>) em.createNativeQuery("select a.id, a.case_type, a.case_id, a.sha256, a.size_bytes"
                        + " from attachment a where a.destroyed_at is null and a.id > :after and " + FILE_CASE_ENDED + " order by a.id")
                .setParameter("cutoff", cutoff).setParameter("after", afterId).setMaxResults(max).getResultList()).stream()
                .map(r -> new ExpiredFile(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                        ((Number) r[4]).longValue(), null)).toList();
    }

    @SuppressWarnings("unchecked")
    List<ExpiredFile> expiredLetters(Instant cutoff, long afterId, int max) {
        return ((List<Object[]>) em.createNativeQuery("select a.id, a.case_type, a.case_id, a.sha256, a.size_bytes,"
                        + " a.letter_number from letter a where a.destroyed_at is null and a.id > :after and " + FILE_CASE_ENDED
                        + " order by a.id")
                .setParameter("cutoff", cutoff).setParameter("after", afterId).setMaxResults(max).getResultList()).stream()
                .map(r -> new ExpiredFile(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                        ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    long countExpiredFiles(Instant cutoff) {
        return ((Number) em.createNativeQuery("select count(*) from attachment a where a.destroyed_at is null and "
                + FILE_CASE_ENDED).setParameter("cutoff", cutoff).getSingleResult()).longValue()
                + ((Number) em.createNativeQuery("select count(*) from letter a where a.destroyed_at is null and "
                + FILE_CASE_ENDED).setParameter("cutoff", cutoff).getSingleResult()).longValue();
    }

    /** Deletes the files' bytes; the rows stay with their digest, their names erased. */
    void destroyAttachments(List<Long> ids, Instant now) {
        em.createNativeQuery("delete from attachment_chunk where attachment_id in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("update attachment set name = :e, destroyed_at = :now where id in (:ids)")
                .setParameter("e", PersonalText.ERASED).setParameter("now", now).setParameter("ids", ids).executeUpdate();
    }

    void destroyLetters(List<Long> ids, Instant now) {
        em.createNativeQuery("update letter set content = :empty, destroyed_at = :now where id in (:ids)")
                .setParameter("empty", new byte[0]).setParameter("now", now).setParameter("ids", ids).executeUpdate();
    }

    // --- customers whose every record is anonymised ---------------------------------------------------

    private static final String CUSTOMER_SPENT = " from customer c where c.anonymised_at is null"
            + " and not exists (select 1 from legal_hold h where h.released_at is null and h.target_type = 'CUSTOMER'"
            + " and h.target_id = c.id)"
            + " and (exists (select 1 from complaint x where x.customer_id = c.id)"
            + " or exists (select 1 from service_request x where x.customer_id = c.id)"
            + " or exists (select 1 from business_application x where x.customer_id = c.id))"
            + " and not exists (select 1 from complaint x where x.customer_id = c.id and x.anonymised_at is null)"
            + " and not exists (select 1 from service_request x where x.customer_id = c.id and x.anonymised_at is null)"
            + " and not exists (select 1 from business_application x where x.customer_id = c.id and x.anonymised_at is null)"
            + " and not exists (select 1 from return_visit x where x.customer_id = c.id and x.anonymised_at is null)";

    /** Customers who have records, every one of them anonymised, and no hold. */
    @SuppressWarnings("unchecked")
    List<Long> spentCustomers(long afterId, int max) {
        return ((List<Number>) em.createNativeQuery("select c.id" + CUSTOMER_SPENT + " and c.id > :after order by c.id")
                .setParameter("after", afterId).setMaxResults(max).getResultList()).stream().map(Number::longValue).toList();
    }

    long countSpentCustomers() {
        return ((Number) em.createNativeQuery("select count(*)" + CUSTOMER_SPENT).getSingleResult()).longValue();
    }

    /** The customer's name, identity number, phone and e-mail go (and the keyed hashes they were found by). */
    void anonymiseCustomers(List<Long> ids, Instant now) {
        em.createNativeQuery("update customer set name = :name, id_number_enc = null, id_number_index = null,"
                        + " phone_enc = null, phone_index = null, email_enc = null, email_index = null, preferred_channel = null,"
                        + " anonymised_at = :now where id in (:ids)")
                .setParameter("name", ANONYMOUS_CUSTOMER).setParameter("now", now).setParameter("ids", ids).executeUpdate();
        auditTexts("Customer", ids);
    }
}
