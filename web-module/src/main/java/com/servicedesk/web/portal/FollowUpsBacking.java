package com.servicedesk.web.portal;

import com.servicedesk.followup.FollowUpService;
import com.servicedesk.followup.FollowUpStatus;
import com.servicedesk.followup.FollowUpView;
import com.servicedesk.followup.SatisfactionSummary;
import com.servicedesk.followup.SurveyAnswers;
import com.servicedesk.followup.VisitChannel;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * My follow-ups (and, for supervisors, the branch's and the overdue ones), the return-visit survey
 * filled in during the call, and the satisfaction index per branch.
 */
@Named
@ViewScoped
public class FollowUpsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpService followUps;

    @Inject
    private UserSession session;

    @Inject
    private TimeSource time;

    @Inject
    private Messages messages;

    private FollowUpService.Queue queue = FollowUpService.Queue.MINE;
    private boolean openOnly = true;
    private List<FollowUpView> items = List.of();
    private long total;

    private FollowUpView selected;
    private VisitChannel channel = VisitChannel.PHONE;
    private Integer speed;
    private Integer professionalism;
    private Integer personalisation;
    private Integer overall;
    private Integer nps;
    private String words;

    private LocalDate from;
    private LocalDate to;
    private List<SatisfactionSummary> satisfaction = List.of();

    @PostConstruct
    void init() {
        to = time.today();
        from = to.withDayOfMonth(1).minusMonths(2);
        if (session.getCaller() != null && session.getCaller().role() != Role.AGENT) {
            queue = FollowUpService.Queue.BRANCH;
        }
        load();
        loadSatisfaction();
    }

    public void load() {
        var page = followUps.list(queue, openOnly ? FollowUpStatus.OPEN : null, new PageRequest(0, PageRequest.MAX_SIZE));
        items = page.items();
        total = page.total();
    }

    public void loadSatisfaction() {
        if (!isOverseer()) {
            return;
        }
        satisfaction = followUps.satisfaction(from, to);
    }

    public void open(FollowUpView f) {
        selected = f;
        channel = VisitChannel.PHONE;
        speed = null;
        professionalism = null;
        personalisation = null;
        overall = null;
        nps = null;
        words = null;
        PrimeFaces.current().ajax().addCallbackParam("opened", true);
    }

    public void reached() {
        record(new FollowUpService.VisitInput(true, channel,
                new SurveyAnswers(speed, professionalism, personalisation, overall, nps, words)), "followUp.recorded");
    }

    public void notReached() {
        record(new FollowUpService.VisitInput(false, channel, null), "followUp.attemptRecorded");
    }

    private void record(FollowUpService.VisitInput input, String doneKey) {
        if (selected == null) {
            messages.error("followUp.noneSelected");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        FollowUpView after = followUps.recordVisit(selected.id(), selected.version(), input);
        messages.info(doneKey, after.sourceRef(), after.visit().attempts());
        selected = null;
        load();
        loadSatisfaction();
    }

    /** Where the case followed up is shown. */
    public String sourceOutcome(FollowUpView f) {
        return "Complaint".equals(f.sourceType()) ? "/complaint" : "/service-request";
    }

    public boolean isOverseer() {
        return session.getCaller() != null && session.getCaller().role() != Role.AGENT;
    }

    public boolean canVisit(FollowUpView f) {
        return f.status() == FollowUpStatus.OPEN && session.getCaller().role().changesBusinessData();
    }

    public List<VisitChannel> getChannels() {
        return List.of(VisitChannel.values());
    }

    public FollowUpService.Queue[] getQueues() {
        return FollowUpService.Queue.values();
    }

    public FollowUpService.Queue getQueue() {
        return queue;
    }

    public void setQueue(FollowUpService.Queue queue) {
        this.queue = queue == null ? FollowUpService.Queue.MINE : queue;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public List<FollowUpView> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public FollowUpView getSelected() {
        return selected;
    }

    public VisitChannel getChannel() {
        return channel;
    }

    public void setChannel(VisitChannel channel) {
        this.channel = channel;
    }

    public Integer getSpeed() {
        return speed;
    }

    public void setSpeed(Integer speed) {
        this.speed = speed;
    }

    public Integer getProfessionalism() {
        return professionalism;
    }

    public void setProfessionalism(Integer professionalism) {
        this.professionalism = professionalism;
    }

    public Integer getPersonalisation() {
        return personalisation;
    }

    public void setPersonalisation(Integer personalisation) {
        this.personalisation = personalisation;
    }

    public Integer getOverall() {
        return overall;
    }

    public void setOverall(Integer overall) {
        this.overall = overall;
    }

    public Integer getNps() {
        return nps;
    }

    public void setNps(Integer nps) {
        this.nps = nps;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<SatisfactionSummary> getSatisfaction() {
        return satisfaction;
    }
}
