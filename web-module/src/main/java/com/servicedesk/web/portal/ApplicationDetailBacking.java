package com.servicedesk.web.portal;

import com.servicedesk.application.ApplicationAction;
import com.servicedesk.application.ApplicationCommand;
import com.servicedesk.application.ApplicationService;
import com.servicedesk.application.ApplicationTypeView;
import com.servicedesk.application.ApplicationView;
import com.servicedesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One business application: its checklist, the review, the actions allowed now, the timeline. */
@Named
@ViewScoped
public class ApplicationDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<ApplicationAction> NEED_NOTE = EnumSet.of(ApplicationAction.RETURN, ApplicationAction.REJECT);

    @EJB
    private ApplicationService applications;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private Long id;
    private ApplicationView application;
    private List<ApplicationTypeView.Document> checklist = List.of();
    private List<Timeline.Item> timeline = List.of();

    private ApplicationAction pending;
    private String note;
    private List<String> documents = new ArrayList<>();
    private String provideCode;
    private Long provideFile;

    public void load() {
        if (id == null) {
            application = null;
            return;
        }
        try {
            application = applications.get(id);
            checklist = applications.types().stream().filter(t -> t.code().equals(application.type())).findFirst()
                    .map(ApplicationTypeView::requiredDocuments).orElse(List.of());
            documents = new ArrayList<>(application.documents());
            timeline = Timeline.of(applications.history(id));
        } catch (BusinessException e) {
            application = null;
            messages.refused(e);
        }
    }

    public void choose(ApplicationAction action) {
        pending = action;
        note = null;
        if (!NEED_NOTE.contains(action) && action != ApplicationAction.SUBMIT) {
            perform();
        }
    }

    public boolean isImmediate(ApplicationAction action) {
        return !NEED_NOTE.contains(action) && action != ApplicationAction.SUBMIT;
    }

    public void perform() {
        try {
            applications.transition(id, application.version(), pending, new ApplicationCommand(note,
                    pending == ApplicationAction.SUBMIT ? new HashSet<>(documents) : null, null));
            messages.info("dialog.done", messages.text("appAction." + pending.name()));
            pending = null;
        } finally {
            load();
        }
    }

    public boolean needs(String field) {
        return pending != null && switch (field) {
            case "note" -> NEED_NOTE.contains(pending) || pending == ApplicationAction.SUBMIT;
            case "documents" -> pending == ApplicationAction.SUBMIT;
            default -> false;
        };
    }

    /** Whether the signed-in user may still change the checklist: a draft or returned application, a writing role. */
    public boolean isChecklistOpen() {
        return application != null && session.getCaller() != null && session.getCaller().role().changesBusinessData()
                && application.status().checklistOpen();
    }

    /** Points the chosen checklist item at the chosen uploaded file. */
    public void provide() {
        try {
            ApplicationView changed = applications.provideDocument(id, application.version(), provideCode, provideFile);
            messages.info("app.fileProvided", changed.documentFiles().get(provideCode).name());
            provideCode = null;
            provideFile = null;
        } finally {
            load();
        }
    }

    public boolean provided(String code) {
        return application != null && application.documents().contains(code);
    }

    /** Whether the signed-in user made this application (and so may not review it). */
    public boolean isMaker() {
        return application != null && session.getCaller() != null
                && (application.createdBy().equals(session.getCaller().username())
                || application.submitters().contains(session.getCaller().username()));
    }

    public List<ApplicationAction> getActions() {
        return application == null ? List.of() : application.allowedActions();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public List<ApplicationTypeView.Document> getChecklist() {
        return checklist;
    }

    public List<Timeline.Item> getTimeline() {
        return timeline;
    }

    public ApplicationAction getPending() {
        return pending;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
    }

    public String getProvideCode() {
        return provideCode;
    }

    public void setProvideCode(String provideCode) {
        this.provideCode = provideCode;
    }

    public Long getProvideFile() {
        return provideFile;
    }

    public void setProvideFile(Long provideFile) {
        this.provideFile = provideFile;
    }
}
