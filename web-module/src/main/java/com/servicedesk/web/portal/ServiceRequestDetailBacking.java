package com.servicedesk.web.portal;

import com.servicedesk.servicerequest.ServiceRequestAction;
import com.servicedesk.servicerequest.ServiceRequestCommand;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.servicerequest.ServiceRequestView;
import com.servicedesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One service request: its clocks, the answer and feedback, the actions allowed now, the timeline. */
@Named
@ViewScoped
public class ServiceRequestDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<ServiceRequestAction> IMMEDIATE = EnumSet.of(ServiceRequestAction.ACCEPT,
            ServiceRequestAction.START, ServiceRequestAction.CLOSE);

    @EJB
    private ServiceRequestService requests;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private Long id;
    private ServiceRequestView request;
    private List<Timeline.Item> timeline = List.of();

    private ServiceRequestAction pending;
    private String note;
    private String response;
    private Boolean understood = Boolean.TRUE;
    private Boolean satisfied = Boolean.TRUE;
    private String feedbackNote;
    private String assignee;

    public void load() {
        if (id == null) {
            request = null;
            return;
        }
        try {
            request = requests.get(id);
            timeline = Timeline.of(requests.history(id));
        } catch (BusinessException e) {
            request = null;
            messages.refused(e);
        }
    }

    public void choose(ServiceRequestAction action) {
        pending = action;
        note = null;
        assignee = request.assignee();
        if (IMMEDIATE.contains(action)) {
            perform();
        }
    }

    public boolean isImmediate(ServiceRequestAction action) {
        return IMMEDIATE.contains(action);
    }

    public void perform() {
        try {
            requests.transition(id, request.version(), pending,
                    new ServiceRequestCommand(note, response, understood, satisfied, feedbackNote, assignee));
            messages.info("dialog.done", messages.text("srAction." + pending.name()));
            pending = null;
        } finally {
            load();
        }
    }

    public boolean needs(String field) {
        if (pending == null) {
            return false;
        }
        return switch (field) {
            case "note" -> pending == ServiceRequestAction.ESCALATE || pending == ServiceRequestAction.CANCEL
                    || pending == ServiceRequestAction.FOLLOW_UP;
            case "response" -> pending == ServiceRequestAction.RESPOND;
            case "assignee" -> pending == ServiceRequestAction.ASSIGN;
            default -> false;
        };
    }

    public String getRemaining() {
        return request == null ? "" : Durations.human(request.timeRemaining(), session.getLocale());
    }

    public List<ServiceRequestAction> getActions() {
        return request == null ? List.of() : request.allowedActions();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceRequestView getRequest() {
        return request;
    }

    public List<Timeline.Item> getTimeline() {
        return timeline;
    }

    public ServiceRequestAction getPending() {
        return pending;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Boolean getUnderstood() {
        return understood;
    }

    public void setUnderstood(Boolean understood) {
        this.understood = understood;
    }

    public Boolean getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Boolean satisfied) {
        this.satisfied = satisfied;
    }

    public String getFeedbackNote() {
        return feedbackNote;
    }

    public void setFeedbackNote(String feedbackNote) {
        this.feedbackNote = feedbackNote;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
