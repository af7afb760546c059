package com.servicedesk.web.portal;

import com.servicedesk.attachment.CaseKind;
import com.servicedesk.attachment.CaseNotes;
import com.servicedesk.attachment.NoteView;
import com.servicedesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A case's notes on its page: listed oldest first, and a new one written. The fragment {@code notes.xhtml} names the case. */
@Named
@ViewScoped
public class NotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CaseNotes notes;

    @Inject
    private Messages messages;

    private final Map<String, List<NoteView>> lists = new HashMap<>();
    private String text;

    public List<NoteView> list(String kind, long caseId) {
        return lists.computeIfAbsent(kind + ":" + caseId, k -> notes.list(CaseKind.valueOf(kind), caseId));
    }

    public void add(String kind, long caseId) {
        try {
            notes.add(CaseKind.valueOf(kind), caseId, text);
            text = null;
            messages.info("notes.added");
        } catch (BusinessException e) {
            messages.refused(e);
        } finally {
            lists.clear();
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
