package com.servicedesk.attachment;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.PayloadTooLargeException;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evidence files of complaints, service requests and applications. A file streams into the database
 * in chunks while its SHA-256 is computed, so that a large one is never whole in memory; its type is
 * read from its content; the digest goes into the case's audit chain. A download is checked against
 * that digest before it is served, and again while it streams. Branch scope is the case's: a case of
 * another branch does not exist for the caller.
 */
@Stateless
@PermitAll
public class AttachmentService {

    /** The size of one stored piece: small enough for any driver, large enough to be few. */
    static final int CHUNK = 256 * 1024;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    @Inject
    @ConfigProperty(name = "servicedesk.attachments.max-bytes", defaultValue = "52428800")
    private long maxBytes;

    public AttachmentView upload(CaseKind kind, long caseId, String name, String declaredType, InputStream body) {
        Caller caller = callers.current();
        caller.requireBusinessWrite();
        requireCase(caller, kind, caseId);
        String fileName = FileTypes.requireName(name);
        BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
        try {
            in.mark(1);
            if (in.read() < 0) {
                throw new InvalidInputException("content", "the file is empty");
            }
            in.reset();
            String type = FileTypes.accept(declaredType, FileTypes.detect(in, fileName));
            Attachment a = new Attachment(kind, caseId, fileName, type, caller.username(), time.now());
            em.persist(a);
            em.flush();
            MessageDigest sha = sha256();
            byte[] buffer = new byte[CHUNK];
            long total = 0;
            int seq = 0;
            for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    // read to the end, so that the client, still sending, gets this answer rather than a reset
                    in.transferTo(OutputStream.nullOutputStream());
                    throw new PayloadTooLargeException("the file is larger than " + maxBytes + " bytes, the most the bank keeps");
                }
                sha.update(buffer, 0, n);
                AttachmentChunk chunk = new AttachmentChunk(a.id(), seq++, Arrays.copyOf(buffer, n));
                em.persist(chunk);
                em.flush();
                em.detach(chunk);
            }
            a.stored(total, HexFormat.of().formatHex(sha.digest()), seq);
            em.flush();
            audit.record(AuditEvent.of(kind.entity(), caseId, "ATTACH").withDetail(JsonSupport.JSON.createObjectBuilder()
                    .add("attachmentId", a.id()).add("name", a.name()).add("contentType", a.contentType())
                    .add("size", a.size()).add("sha256", a.sha256()).build().toString()));
            return AttachmentView.of(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's files, oldest first; withdrawn ones are kept but not listed. */
    public List<AttachmentView> list(CaseKind kind, long caseId) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        requireCase(caller, kind, caseId);
        return em.createQuery("select a from Attachment a where a.caseType = :t and a.caseId = :c and a.withdrawnAt is null and a.destroyedAt is null"
                        + " order by a.id", Attachment.class)
                .setParameter("t", kind.entity()).setParameter("c", caseId).getResultStream().map(AttachmentView::of).toList();
    }

    /** A file to download, its stored bytes checked against its digest first. */
    public AttachmentView verified(CaseKind kind, long caseId, long attachmentId) {
        Attachment a = find(kind, caseId, attachmentId);
        copy(a, OutputStream.nullOutputStream());
        return AttachmentView.of(a);
    }

    /** Writes a file's bytes, chunk by chunk, failing (never finishing silently) if they do not match the digest. */
    public void write(CaseKind kind, long caseId, long attachmentId, OutputStream out) {
        copy(find(kind, caseId, attachmentId), out);
    }

    /** Hides a wrong upload from the case's list, keeping it; audited with the reason. */
    public void withdraw(CaseKind kind, long caseId, long attachmentId, String reason) {
        Caller caller = callers.current();
        caller.requireBusinessWrite();
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidInputException("reason", "is required, at most 1000 characters");
        }
        Attachment a = find(kind, caseId, attachmentId);
        a.withdraw(caller.username(), time.now(), reason.strip());
        em.flush();
        audit.record(AuditEvent.of(kind.entity(), caseId, "WITHDRAW_ATTACHMENT").withDetail(JsonSupport.JSON
                .createObjectBuilder().add("attachmentId", a.id()).add("name", a.name()).add("sha256", a.sha256())
                .add("reason", a.withdrawReason()).build().toString()));
    }

    /**
     * Whether the file is a listed (not withdrawn) file of one of the customer's cases in the caller's
     * branches: a representative's authorisation may have come with an earlier case.
     */
    public boolean isCustomersFile(long attachmentId, long customerId) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.isGone()) {
            return false;
        }
        List<Object[]> owner = em.createQuery("select x.customerId, x.branchCode from " + a.caseType() + " x where x.id = :id",
                Object[].class).setParameter("id", a.caseId()).getResultList();
        return !owner.isEmpty() && ((Long) owner.get(0)[0]) == customerId && caller.scope().includes((String) owner.get(0)[1]);
    }

    private Attachment find(CaseKind kind, long caseId, long attachmentId) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        requireCase(caller, kind, caseId);
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.caseId() != caseId || !a.caseType().equals(kind.entity()) || a.isGone()) {
            throw new RecordNotFoundException("attachment", attachmentId);
        }
        return a;
    }

    private void copy(Attachment a, OutputStream out) {
        MessageDigest sha = sha256();
        try {
            for (int seq = 0; seq < a.chunks(); seq++) {
                byte[] data = em.createQuery("select c.data from AttachmentChunk c where c.attachmentId = :a and c.seq = :s",
                        byte[].class).setParameter("a", a.id()).setParameter("s", seq).getSingleResult();
                sha.update(data);
                out.write(data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(a.sha256())) {
            throw new IllegalStateException("attachment " + a.id() + " does not match its SHA-256: it is not served");
        }
    }

    private void requireCase(Caller caller, CaseKind kind, long caseId) {
        kind.requireInScope(em, caller, caseId);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
