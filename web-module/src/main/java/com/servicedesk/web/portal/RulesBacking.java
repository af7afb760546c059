package com.servicedesk.web.portal;

import com.servicedesk.application.ApplicationTypeAdministration;
import com.servicedesk.application.ApplicationTypeAdministration.Checklist;
import com.servicedesk.application.ApplicationTypeAdministration.DocumentInput;
import com.servicedesk.application.ApplicationTypeAdministration.TypeView;
import com.servicedesk.complaint.DeadlinePolicy;
import com.servicedesk.complaint.DeadlinePolicyAdministration;
import com.servicedesk.complaint.DeadlinePolicyAdministration.PolicyView;
import com.servicedesk.complaint.DeadlinePolicyAdministration.Revision;
import com.servicedesk.followup.FollowUpPolicyAdministration;
import com.servicedesk.reference.ComplaintCodeAdministration;
import com.servicedesk.reference.IntakeChannel;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.reference.ServiceCategory;
import com.servicedesk.servicerequest.ServiceStandardAdministration;
import com.servicedesk.servicerequest.ServiceStandardAdministration.StandardView;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The business rules for administrators, each change from a day: deadline-policy revisions (a legal
 * day count changed waits for a second administrator), service standards, follow-up policies and
 * application checklists.
 */
@Named
@ViewScoped
public class RulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeadlinePolicyAdministration policies;

    @EJB
    private ServiceStandardAdministration standards;

    @EJB
    private FollowUpPolicyAdministration followUps;

    @EJB
    private ApplicationTypeAdministration types;

    @EJB
    private ReferenceDataService reference;

    @EJB
    private ComplaintCodeAdministration codes;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    @Inject
    private TimeSource time;

    private List<PolicyView> policyRows = List.of();
    private List<StandardView> standardRows = List.of();
    private List<FollowUpPolicyAdministration.PolicyView> followUpRows = List.of();
    private List<TypeView> typeRows = List.of();
    private List<ComplaintCodeAdministration.ListView> codeLists = List.of();

    private String listTitle;
    private String listSource;
    private LocalDate listFrom;
    private String addedText;
    private String retiredText;

    // the revision being entered, prefilled from the family's rules in force
    private String family;
    private LocalDate policyFrom;
    private Integer decisionDays;
    private Integer firstExtensionDays;
    private Integer secondExtensionDays;
    private Integer reviewRequestDays;
    private Integer reviewDecisionDays;
    private Integer summaryBusinessDays;
    private Role firstExtensionRole;
    private Role secondExtensionRole;
    private boolean pauseAllowed;
    private String reason;

    private String category;
    private String channel;
    private Integer firstResponseMinutes;
    private Integer resolutionMinutes;
    private LocalDate standardFrom;

    private String event;
    private Integer delayWorkingDays;
    private LocalDate followUpFrom;

    private String typeCode;
    private LocalDate checklistFrom;
    private String checklistText;
    private String newTypeCode;
    private String newTypeZh;
    private String newTypeEn;

    @PostConstruct
    void load() {
        policyRows = policies.revisions();
        standardRows = standards.history();
        followUpRows = followUps.history();
        typeRows = types.types();
        codeLists = codes.lists();
        if (family == null) {
            policyRows.stream().filter(p -> p.isDefault() && p.inForceToday()).findFirst().ifPresent(p -> {
                family = p.family();
                prefill();
            });
        }
    }

    /** The revision form starts from the family's rules in force. */
    public void prefill() {
        policyRows.stream().filter(p -> p.family().equals(family) && p.inForceToday()).findFirst().ifPresent(p -> {
            DeadlinePolicy.Rules r = p.rules();
            decisionDays = r.decisionDays();
            firstExtensionDays = r.firstExtensionDays();
            secondExtensionDays = r.secondExtensionDays();
            reviewRequestDays = r.reviewRequestDays();
            reviewDecisionDays = r.reviewDecisionDays();
            summaryBusinessDays = r.summaryBusinessDays();
            firstExtensionRole = r.firstExtensionRole();
            secondExtensionRole = r.secondExtensionRole();
            pauseAllowed = r.pauseAllowed();
        });
    }

    public void revise() {
        run(() -> {
            PolicyView v = policies.revise(family, new Revision(policyFrom, decisionDays, firstExtensionDays,
                    secondExtensionDays, reviewRequestDays, reviewDecisionDays, summaryBusinessDays, firstExtensionRole,
                    secondExtensionRole, pauseAllowed, reason));
            messages.info(v.status() == DeadlinePolicy.Status.PROPOSED ? "rules.proposed" : "rules.inForce", v.code());
            reason = null;
        });
    }

    public void approve(String code) {
        run(() -> policies.approve(code));
    }

    public void withdraw(String code) {
        run(() -> policies.withdraw(code, messages.text("rules.withdrawnInPortal")));
    }

    /** A revision's standing in words: in force today, scheduled, superseded, waiting or withdrawn. */
    public String standing(PolicyView p) {
        if (p.inForceToday()) {
            return messages.text("rules.inForceToday");
        }
        if (p.status() == DeadlinePolicy.Status.IN_FORCE) {
            return messages.text(p.effectiveFrom().isAfter(time.today()) ? "rules.scheduled" : "rules.superseded");
        }
        return messages.text("rules.status." + p.status());
    }

    /** The decision limit and its extensions as "15 / 30 / 60", a dash where the rules have none. */
    public String limitDays(PolicyView p) {
        return days(p.rules().decisionDays(), p.rules().firstExtensionDays(), p.rules().secondExtensionDays());
    }

    /** The review window and the review's own limit. */
    public String reviewDays(PolicyView p) {
        return days(p.rules().reviewRequestDays(), p.rules().reviewDecisionDays());
    }

    private static String days(Integer... counts) {
        return java.util.Arrays.stream(counts).map(c -> c == null ? "—" : c.toString()).collect(Collectors.joining(" / "));
    }

    /** Whether the signed-in administrator may approve this revision (someone else proposed it). */
    public boolean mayApprove(PolicyView p) {
        return p.status() == DeadlinePolicy.Status.PROPOSED && !session.getCaller().username().equals(p.proposedBy());
    }

    public void changeStandard() {
        run(() -> standards.change(new ServiceStandardAdministration.Change(category,
                channel == null || channel.isBlank() ? null : channel, firstResponseMinutes, resolutionMinutes, standardFrom)));
    }

    public void changeFollowUp() {
        run(() -> followUps.change(event, new FollowUpPolicyAdministration.Change(delayWorkingDays, null, null, followUpFrom)));
    }

    /** Loads the checklist in force today of the chosen type into the editor, one document per line. */
    public void editChecklist() {
        checklistText = typeRows.stream().filter(t -> t.code().equals(typeCode)).findFirst()
                .map(t -> t.inForce().stream().map(d -> d.code() + " | " + d.nameZh() + " | " + d.nameEn())
                        .collect(Collectors.joining("\n"))).orElse("");
    }

    public void changeChecklist() {
        List<DocumentInput> documents = checklist();
        run(() -> types.requireDocuments(typeCode, null, new Checklist(checklistFrom, documents)));
    }

    /** A new kind of application with the checklist in the editor, in force from today. */
    public void openType() {
        List<DocumentInput> documents = checklist();
        run(() -> {
            typeCode = types.openType(new ApplicationTypeAdministration.NewType(
                    newTypeCode == null ? null : newTypeCode.strip().toUpperCase(java.util.Locale.ROOT), newTypeZh,
                    newTypeEn, documents)).code();
            newTypeCode = null;
            newTypeZh = null;
            newTypeEn = null;
        });
    }

    /** The editor's lines, one document each: "CODE | 中文名称 | English name". */
    private List<DocumentInput> checklist() {
        List<DocumentInput> documents = new ArrayList<>();
        List<String> lines = lines(checklistText);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|");
            if (parts.length != 3) {
                throw new InvalidInputException("documents[" + i + "]", "write each document as CODE | 中文名称 | English name");
            }
            documents.add(new DocumentInput(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return documents;
    }

    /**
     * Loads a revised code list: added codes one per line as "CODE | PARENT | 中文名称 | English name"
     * (no parent for a top-level code), retired ones as "CODE -> REPLACEMENT".
     */
    public void loadCodeList() {
        List<ComplaintCodeAdministration.NewCode> added = new ArrayList<>();
        List<String> lines = lines(addedText);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", -1);
            if (parts.length != 4) {
                throw new InvalidInputException("added[" + i + "]", "write each code as CODE | PARENT | 中文名称 | English name");
            }
            String code = parts[0].strip().toUpperCase(java.util.Locale.ROOT);
            added.add(new ComplaintCodeAdministration.NewCode(code, code.isEmpty() ? null : code.substring(0, 1),
                    parts[1].isBlank() ? null : parts[1].strip().toUpperCase(java.util.Locale.ROOT), parts[2].strip(),
                    parts[3].strip(), null));
        }
        List<ComplaintCodeAdministration.Retired> retired = new ArrayList<>();
        lines = lines(retiredText);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("->");
            if (parts.length != 2) {
                throw new InvalidInputException("retired[" + i + "]", "write each retired code as CODE -> REPLACEMENT");
            }
            retired.add(new ComplaintCodeAdministration.Retired(parts[0].strip().toUpperCase(java.util.Locale.ROOT),
                    parts[1].strip().toUpperCase(java.util.Locale.ROOT)));
        }
        run(() -> {
            codes.load(new ComplaintCodeAdministration.Revision(listTitle, listSource, listFrom, added, retired));
            addedText = null;
            retiredText = null;
        });
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }

    private void run(Runnable action) {
        try {
            action.run();
            messages.info("dialog.done", "");
        } finally {
            load();
        }
    }

    public List<String> getFamilies() {
        return policyRows.stream().map(PolicyView::family).distinct().toList();
    }

    public List<Role> getGrantors() {
        return List.of(Role.SUPERVISOR, Role.MANAGER);
    }

    public List<ServiceCategory> getCategories() {
        return reference.serviceCategories();
    }

    public List<IntakeChannel> getChannels() {
        return reference.intakeChannels().stream().filter(IntakeChannel::forService).toList();
    }

    public List<String> getEvents() {
        return followUpRows.stream().map(FollowUpPolicyAdministration.PolicyView::sourceEvent).distinct().toList();
    }

    public List<PolicyView> getPolicyRows() {
        return policyRows;
    }

    public List<StandardView> getStandardRows() {
        return standardRows;
    }

    public List<FollowUpPolicyAdministration.PolicyView> getFollowUpRows() {
        return followUpRows;
    }

    public List<TypeView> getTypeRows() {
        return typeRows;
    }

    public List<ComplaintCodeAdministration.ListView> getCodeLists() {
        return codeLists;
    }

    public String getListTitle() {
        return listTitle;
    }

    public void setListTitle(String listTitle) {
        this.listTitle = listTitle;
    }

    public String getListSource() {
        return listSource;
    }

    public void setListSource(String listSource) {
        this.listSource = listSource;
    }

    public LocalDate getListFrom() {
        return listFrom;
    }

    public void setListFrom(LocalDate listFrom) {
        this.listFrom = listFrom;
    }

    public String getAddedText() {
        return addedText;
    }

    public void setAddedText(String addedText) {
        this.addedText = addedText;
    }

    public String getRetiredText() {
        return retiredText;
    }

    public void setRetiredText(String retiredText) {
        this.retiredText = retiredText;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public LocalDate getPolicyFrom() {
        return policyFrom;
    }

    public void setPolicyFrom(LocalDate policyFrom) {
        this.policyFrom = policyFrom;
    }

    public Integer getDecisionDays() {
        return decisionDays;
    }

    public void setDecisionDays(Integer decisionDays) {
        this.decisionDays = decisionDays;
    }

    public Integer getFirstExtensionDays() {
        return firstExtensionDays;
    }

    public void setFirstExtensionDays(Integer firstExtensionDays) {
        this.firstExtensionDays = firstExtensionDays;
    }

    public Integer getSecondExtensionDays() {
        return secondExtensionDays;
    }

    public void setSecondExtensionDays(Integer secondExtensionDays) {
        this.secondExtensionDays = secondExtensionDays;
    }

    public Integer getReviewRequestDays() {
        return reviewRequestDays;
    }

    public void setReviewRequestDays(Integer reviewRequestDays) {
        this.reviewRequestDays = reviewRequestDays;
    }

    public Integer getReviewDecisionDays() {
        return reviewDecisionDays;
    }

    public void setReviewDecisionDays(Integer reviewDecisionDays) {
        this.reviewDecisionDays = reviewDecisionDays;
    }

    public Integer getSummaryBusinessDays() {
        return summaryBusinessDays;
    }

    public void setSummaryBusinessDays(Integer summaryBusinessDays) {
        this.summaryBusinessDays = summaryBusinessDays;
    }

    public Role getFirstExtensionRole() {
        return firstExtensionRole;
    }

    public void setFirstExtensionRole(Role firstExtensionRole) {
        this.firstExtensionRole = firstExtensionRole;
    }

    public Role getSecondExtensionRole() {
        return secondExtensionRole;
    }

    public void setSecondExtensionRole(Role secondExtensionRole) {
        this.secondExtensionRole = secondExtensionRole;
    }

    public boolean isPauseAllowed() {
        return pauseAllowed;
    }

    public void setPauseAllowed(boolean pauseAllowed) {
        this.pauseAllowed = pauseAllowed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public void setFirstResponseMinutes(Integer firstResponseMinutes) {
        this.firstResponseMinutes = firstResponseMinutes;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public void setResolutionMinutes(Integer resolutionMinutes) {
        this.resolutionMinutes = resolutionMinutes;
    }

    public LocalDate getStandardFrom() {
        return standardFrom;
    }

    public void setStandardFrom(LocalDate standardFrom) {
        this.standardFrom = standardFrom;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public Integer getDelayWorkingDays() {
        return delayWorkingDays;
    }

    public void setDelayWorkingDays(Integer delayWorkingDays) {
        this.delayWorkingDays = delayWorkingDays;
    }

    public LocalDate getFollowUpFrom() {
        return followUpFrom;
    }

    public void setFollowUpFrom(LocalDate followUpFrom) {
        this.followUpFrom = followUpFrom;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public LocalDate getChecklistFrom() {
        return checklistFrom;
    }

    public void setChecklistFrom(LocalDate checklistFrom) {
        this.checklistFrom = checklistFrom;
    }

    public String getNewTypeCode() {
        return newTypeCode;
    }

    public void setNewTypeCode(String newTypeCode) {
        this.newTypeCode = newTypeCode;
    }

    public String getNewTypeZh() {
        return newTypeZh;
    }

    public void setNewTypeZh(String newTypeZh) {
        this.newTypeZh = newTypeZh;
    }

    public String getNewTypeEn() {
        return newTypeEn;
    }

    public void setNewTypeEn(String newTypeEn) {
        this.newTypeEn = newTypeEn;
    }

    public String getChecklistText() {
        return checklistText;
    }

    public void setChecklistText(String checklistText) {
        this.checklistText = checklistText;
    }
}
