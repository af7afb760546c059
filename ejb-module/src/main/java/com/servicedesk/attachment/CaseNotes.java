package com.servicedesk.attachment;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Notes on complaints, service requests and applications, in the case's branch scope. Each note is an
 * entry in the case's own audit chain (ADD_NOTE) carrying the note's id, length and SHA-256, not its text.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class CaseNotes {

    /** The longest note. */
    public static final int MAX_LENGTH = 2000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public NoteView add(CaseKind kind, long caseId, String text) {
        Caller caller = callers.current();
        caller.requireBusinessWrite();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "is required, at most " + MAX_LENGTH + " characters");
        }
        kind.requireInScope(em, caller, caseId);
        CaseNote note = new CaseNote(kind, caseId, body, caller.username(), time.now());
        em.persist(note);
        em.flush();
        audit.record(AuditEvent.of(kind.entity(), caseId, "ADD_NOTE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("noteId", note.id()).add("length", body.length()).add("sha256", HexFormat.of().formatHex(AttachmentService.sha256().digest(body.getBytes(StandardCharsets.UTF_8))))
                .build().toString()));
        return NoteView.of(note);
    }

    public NoteView get(CaseKind kind, long caseId, long noteId) {
        return list(kind, caseId).stream().filter(n -> n.id() == noteId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("note", noteId));
    }

    /** The case's notes, oldest first. */
    public List<NoteView> list(CaseKind kind, long caseId) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        kind.requireInScope(em, caller, caseId);
        return em.createQuery("select n from CaseNote n where n.caseType = :t and n.caseId = :c order by n.id", CaseNote.class)
                .setParameter("t", kind.entity()).setParameter("c", caseId).getResultStream().map(NoteView::of).toList();
    }
}
