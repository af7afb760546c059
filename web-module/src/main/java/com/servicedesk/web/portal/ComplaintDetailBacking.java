package com.servicedesk.web.portal;

import com.servicedesk.complaint.AdrKind;
import com.servicedesk.complaint.AdrResult;
import com.servicedesk.complaint.ComplaintAction;
import com.servicedesk.complaint.ComplaintCommand;
import com.servicedesk.complaint.ComplaintFilter;
import com.servicedesk.complaint.ComplaintInput;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.complaint.ComplaintStatus;
import com.servicedesk.complaint.ComplaintSummary;
import com.servicedesk.complaint.ComplaintView;
import com.servicedesk.complaint.ContactChannel;
import com.servicedesk.complaint.CustomerResponse;
import com.servicedesk.complaint.RemedyType;
import com.servicedesk.complaint.ReviewOutcome;
import com.servicedesk.complaint.Severity;
import com.servicedesk.notification.Correspondence;
import com.servicedesk.notification.LetterView;
import com.servicedesk.notification.NotificationView;
import com.servicedesk.reporting.ArchiveView;
import com.servicedesk.reporting.Download;
import com.servicedesk.reporting.ReportFormat;
import com.servicedesk.reporting.ReportRequest;
import com.servicedesk.reporting.ReportService;
import com.servicedesk.reporting.ReportType;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Money;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.TimeSource;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One complaint's page: its deadline clock, classification, decision and timeline, and a button
 * for each action the user may take now. Actions that need details open one dialog whose fields
 * follow the action.
 */
@Named
@ViewScoped
public class ComplaintDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintService complaints;

    @EJB
    private ReportService reports;

    @Inject
    private UserSession session;

    @Inject
    private TimeSource time;

    @Inject
    private Messages messages;

    private Long id;
    private ComplaintView complaint;
    private List<Timeline.Item> timeline = List.of();
    private List<LetterView> letters = List.of();
    private List<NotificationView> notifications = List.of();

    private ComplaintAction pending;
    private String reason;
    private String resolution;
    private RemedyType remedyType = RemedyType.NONE;
    private BigDecimal amount;
    private String rootCause;
    private ContactChannel channel = ContactChannel.PHONE;
    private CustomerResponse customerResponse = CustomerResponse.ACCEPTED;
    private ReviewOutcome reviewOutcome = ReviewOutcome.UPHELD;
    private String assignee;
    private LocalDate remedyDate;
    private String businessCategory;
    private String cause;
    private Severity severity;
    private Long into;
    private List<ComplaintSummary> mergeTargets = List.of();
    private List<ComplaintSummary> duplicates = List.of();
    private AdrKind adrKind = AdrKind.MEDIATION;
    private String adrBody;
    private LocalDate adrDecidedOn;
    private AdrResult adrResult = AdrResult.NOT_UPHELD;
    private BigDecimal adrAmount;
    private Long authorisationFile;

    /** Loads the complaint named by the page's {@code id} parameter; one outside the user's scope is not found. */
    /** Generates, archives and sends the case record (单笔投诉处理记录) as PDF/A. */
    public void downloadRecord() {
        ArchiveView archived = reports.generate(ReportRequest.about(ReportType.COMPLAINT_RECORD, ReportFormat.PDF, id,
                reports.subjectLabel(ReportType.COMPLAINT_RECORD, id),
                session.isEnglish() ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE));
        Downloads.send(reports.content(archived.id()));
    }

    /** A letter issued to the customer, as the PDF that was archived. */
    public void downloadLetter(long letterId) {
        Correspondence.LetterContent letter = complaints.letter(id, letterId);
        Downloads.send(new Download(letter.fileName(), "application/pdf", letter.pdf(), letter.letter().sha256(),
                letter.letter().number()));
    }

    /** The branch posted a letter that goes by post. */
    public void recordPosted(long notificationId) {
        try {
            complaints.recordPosted(id, notificationId);
            messages.info("letters.postedDone");
            load();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public List<LetterView> getLetters() {
        return letters;
    }

    public List<NotificationView> getNotifications() {
        return notifications;
    }

    /** The letter number a notification carries, for its row. */
    public String letterNumber(Long letterId) {
        return letters.stream().filter(l -> letterId != null && l.id() == letterId).map(LetterView::number).findFirst()
                .orElse("");
    }

    public boolean isMayPrintRecord() {
        return ReportType.COMPLAINT_RECORD.allows(session.getCaller().role());
    }

    public void load() {
        if (id == null) {
            complaint = null;
            return;
        }
        try {
            complaint = complaints.get(id);
            timeline = Timeline.of(complaints.history(id));
            letters = complaints.letters(id);
            notifications = complaints.notifications(id);
            duplicates = complaint.possibleDuplicates().isEmpty() ? List.of() : mergeTargets().stream()
                    .filter(t -> complaint.possibleDuplicates().contains(t.id())).toList();
        } catch (BusinessException e) {
            complaint = null;
            messages.refused(e);
        }
    }

    /** Immediate actions run at once; the others open the dialog. */
    public void choose(ComplaintAction action) {
        pending = action;
        reason = null;
        resolution = complaint.resolution();
        rootCause = complaint.rootCause();
        assignee = complaint.assignee();
        businessCategory = complaint.businessCategory().code();
        cause = complaint.cause().code();
        severity = complaint.severity();
        remedyDate = time.today();
        adrDecidedOn = time.today();
        if (action == ComplaintAction.MERGE) {
            mergeTargets = mergeTargets();
            into = complaint.possibleDuplicates().isEmpty() ? null : complaint.possibleDuplicates().get(0);
        }
        if (action.takesNoInput()) {
            perform();
        }
    }

    /** An action with nothing to ask runs at once; the others open the dialog with their inputs. */
    public boolean isImmediate(ComplaintAction action) {
        return action.takesNoInput();
    }

    public void perform() {
        try {
            Money money = remedyType.isMonetary() && amount != null ? Money.of(amount.toPlainString(), "CNY") : null;
            ComplaintCommand command = ComplaintCommand.of(pending, new ComplaintCommand.Details(reason, resolution,
                    remedyType, money, rootCause, channel, customerResponse, reviewOutcome, businessCategory, cause,
                    severity, null, assignee, remedyDate, into, pending != ComplaintAction.RECORD_ADR_OUTCOME ? null
                    : new ComplaintCommand.Adr(adrKind, adrBody, adrDecidedOn, adrResult,
                            adrAmount == null ? null : Money.of(adrAmount.toPlainString(), "CNY"))));
            complaints.transition(id, complaint.version(), command);
            messages.info("dialog.done", messages.text("action." + pending.name()));
            pending = null;
            load();
        } catch (BusinessException e) {
            messages.refused(e);
            load();
        }
    }

    /** The chosen evidence file is the representative's authorisation. */
    public void fileAuthorisation() {
        try {
            complaints.authorisationOnFile(id, complaint.version(), authorisationFile);
            messages.info("detail.authorisationFiled");
        } catch (BusinessException e) {
            messages.refused(e);
        }
        load();
    }

    public Long getAuthorisationFile() {
        return authorisationFile;
    }

    public void setAuthorisationFile(Long authorisationFile) {
        this.authorisationFile = authorisationFile;
    }

    /** The customer's other open complaints, which this one may be merged into; the possible duplicates first. */
    private List<ComplaintSummary> mergeTargets() {
        List<ComplaintSummary> open = new ArrayList<>(complaints.list(new ComplaintFilter(ComplaintStatus.openStates(),
                null, null, null, null, null, null, complaint.customerId(), null, "receivedAt", true), new PageRequest(0, 50))
                .items());
        open.removeIf(c -> c.id() == complaint.id());
        open.sort(java.util.Comparator.comparing((ComplaintSummary c) -> !complaint.possibleDuplicates().contains(c.id())));
        return open;
    }

    /** Whether the dialog of the chosen action shows the input (a {@link ComplaintInput} name). */
    public boolean needs(String input) {
        return pending != null && pending.inputs().contains(ComplaintInput.valueOf(input));
    }

    /** Whether the chosen action cannot do without the input: the field is marked required. */
    public boolean requires(String input) {
        return pending != null && pending.required().contains(ComplaintInput.valueOf(input));
    }

    public String getRemaining() {
        if (complaint == null || complaint.timeRemaining() == null) {
            return "";
        }
        return Durations.human(Duration.parse(complaint.timeRemaining()), session.getLocale());
    }

    /** The deadline's flag in the user's language: which years have no holiday arrangement in force. */
    public String getCalendarWarning() {
        return complaint == null ? "" : messages.text("detail.calendarMissing", complaint.missingCalendarYears().stream()
                .map(String::valueOf).collect(Collectors.joining("、")));
    }

    public String statusClass() {
        return complaint == null ? "" : "sd-status sd-status-" + complaint.status().name();
    }

    public List<ComplaintAction> getActions() {
        return complaint == null ? List.of() : complaint.allowedActions();
    }

    public RemedyType[] getRemedyTypes() {
        return RemedyType.values();
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public CustomerResponse[] getCustomerResponses() {
        return new CustomerResponse[] {CustomerResponse.ACCEPTED, CustomerResponse.NO_RESPONSE};
    }

    public ReviewOutcome[] getReviewOutcomes() {
        return ReviewOutcome.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public List<Timeline.Item> getTimeline() {
        return timeline;
    }

    public ComplaintAction getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public RemedyType getRemedyType() {
        return remedyType;
    }

    public void setRemedyType(RemedyType remedyType) {
        this.remedyType = remedyType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public CustomerResponse getCustomerResponse() {
        return customerResponse;
    }

    public void setCustomerResponse(CustomerResponse customerResponse) {
        this.customerResponse = customerResponse;
    }

    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(ReviewOutcome reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getRemedyDate() {
        return remedyDate;
    }

    public void setRemedyDate(LocalDate remedyDate) {
        this.remedyDate = remedyDate;
    }

    public String getBusinessCategory() {
        return businessCategory;
    }

    public void setBusinessCategory(String businessCategory) {
        this.businessCategory = businessCategory;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public List<ComplaintSummary> getDuplicates() {
        return duplicates;
    }

    public List<ComplaintSummary> getMergeTargets() {
        return mergeTargets;
    }

    public Long getInto() {
        return into;
    }

    public void setInto(Long into) {
        this.into = into;
    }

    public AdrKind[] getAdrKinds() {
        return AdrKind.values();
    }

    public AdrResult[] getAdrResults() {
        return AdrResult.values();
    }

    public AdrKind getAdrKind() {
        return adrKind;
    }

    public void setAdrKind(AdrKind adrKind) {
        this.adrKind = adrKind;
    }

    public String getAdrBody() {
        return adrBody;
    }

    public void setAdrBody(String adrBody) {
        this.adrBody = adrBody;
    }

    public LocalDate getAdrDecidedOn() {
        return adrDecidedOn;
    }

    public void setAdrDecidedOn(LocalDate adrDecidedOn) {
        this.adrDecidedOn = adrDecidedOn;
    }

    public AdrResult getAdrResult() {
        return adrResult;
    }

    public void setAdrResult(AdrResult adrResult) {
        this.adrResult = adrResult;
    }

    public BigDecimal getAdrAmount() {
        return adrAmount;
    }

    public void setAdrAmount(BigDecimal adrAmount) {
        this.adrAmount = adrAmount;
    }
}
