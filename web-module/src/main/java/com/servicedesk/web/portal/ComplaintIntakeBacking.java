package com.servicedesk.web.portal;

import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.complaint.ComplaintView;
import com.servicedesk.complaint.IntakeParticulars;
import com.servicedesk.complaint.RepresentativeRelation;
import com.servicedesk.complaint.NewComplaint;
import com.servicedesk.complaint.Severity;
import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.CustomerView;
import com.servicedesk.reference.CodeNode;
import com.servicedesk.reference.IntakeChannel;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.reference.ReferenceDataService.Dimension;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The intake form: find the customer, pick the channel and the JR/T 0169 codes (a group, then a
 * code within it), describe the complaint, register it and go to its page.
 */
@Named
@ViewScoped
public class ComplaintIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintService complaints;

    @EJB
    private CustomerService customers;

    @EJB
    private ReferenceDataService reference;

    @Inject
    private Messages messages;

    private List<CodeNode> businessTree;
    private List<CodeNode> causeTree;
    private List<IntakeChannel> channels;

    private CustomerView customer;
    private String channel = "PHONE";
    private String businessGroup;
    private String businessCategory;
    private String causeGroup;
    private String cause;
    private Severity severity = Severity.MEDIUM;
    private LocalDateTime receivedAt;
    private String description;
    private String subjectStaff;
    private String regulatorReference;
    private boolean represented;
    private Long parentId;
    private String parentReference;
    private List<ComplaintView.Link> duplicates = List.of();
    private boolean groupComplaint;
    private final List<Member> members = List.of(new Member(), new Member(), new Member(), new Member(), new Member());
    private String representativeName;
    private RepresentativeRelation representativeRelation = RepresentativeRelation.AGENT;
    private String representativePhone;
    private LocalDate transferredOn;

    @PostConstruct
    void load() {
        businessTree = reference.complaintCodeTree(Dimension.B);
        causeTree = reference.complaintCodeTree(Dimension.C);
        channels = reference.intakeChannels();
    }

    public List<CustomerView> completeCustomer(String query) {
        if (query == null || query.strip().length() < 1) {
            return List.of();
        }
        return customers.search(query, new PageRequest(0, 12)).items();
    }

    public void register() throws IOException {
        if (customer == null) {
            messages.error("intake.customerHint");
            return;
        }
        ComplaintView created = complaints.register(new NewComplaint(customer.id(), channel,
                businessCategory == null ? businessGroup : businessCategory, cause == null ? causeGroup : cause,
                description, receivedAt == null ? null : receivedAt.atZone(TimeSource.BANK_ZONE).toOffsetDateTime(),
                severity, subjectStaff == null || subjectStaff.isBlank() ? null : subjectStaff.strip(), null,
                isRegulatorTransfer() ? regulatorReference : null, isRegulatorTransfer() ? transferredOn : null, null,
                represented ? new NewComplaint.NewRepresentative(representativeName, representativeRelation,
                        representativePhone, null) : null, group(), parentId));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        messages.infoAfterRedirect("intake.registered", created.reference());
        external.redirect(external.getRequestContextPath() + "/complaint.xhtml?id=" + created.id());
    }

    /** Whether the chosen channel is a regulator's transfer, which asks for the regulator's reference and day. */
    public boolean isRegulatorTransfer() {
        return IntakeParticulars.REGULATOR_TRANSFER.equals(channel);
    }

    /**
     * The customer's open complaints of the chosen business category that this one arrives within the
     * handling period of: shown before saving, so that the agent sees what a supervisor may merge.
     */
    public List<ComplaintView.Link> getPossibleDuplicates() {
        return duplicates;
    }

    /** Looks the possible duplicates up again, when the customer or the business category changes. */
    public void refreshDuplicates() {
        String category = businessCategory == null || businessCategory.isEmpty() ? businessGroup : businessCategory;
        duplicates = customer == null || category == null || category.isEmpty() ? List.of()
                : complaints.possibleDuplicates(customer.id(), category,
                        receivedAt == null ? null : receivedAt.atZone(TimeSource.BANK_ZONE).toInstant());
    }

    /** A group's representative as the form edits it. */
    public static final class Member implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String phone;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    /** The group's representatives filled in (at most five rows on the form), or none when not a group complaint. */
    private NewComplaint.NewGroup group() {
        if (!groupComplaint) {
            return null;
        }
        return new NewComplaint.NewGroup(members.stream().filter(m -> m.name != null && !m.name.isBlank())
                .map(m -> new NewComplaint.GroupMember(m.name.strip(), m.phone)).toList());
    }

    public boolean isGroupComplaint() {
        return groupComplaint;
    }

    public void setGroupComplaint(boolean groupComplaint) {
        this.groupComplaint = groupComplaint;
    }

    public List<Member> getMembers() {
        return members;
    }

    /** The group complaint this one is an affected customer's part of (the page's {@code parent} parameter). */
    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        if (!Objects.equals(this.parentId, parentId)) {
            parentReference = parentId == null ? null : complaints.get(parentId).reference();
        }
        this.parentId = parentId;
    }

    /** The group complaint's reference, for the notice above the form. */
    public String getParentReference() {
        return parentReference;
    }

    public boolean isRepresented() {
        return represented;
    }

    public void setRepresented(boolean represented) {
        this.represented = represented;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public RepresentativeRelation getRepresentativeRelation() {
        return representativeRelation;
    }

    public void setRepresentativeRelation(RepresentativeRelation representativeRelation) {
        this.representativeRelation = representativeRelation;
    }

    public String getRepresentativePhone() {
        return representativePhone;
    }

    public void setRepresentativePhone(String representativePhone) {
        this.representativePhone = representativePhone;
    }

    public RepresentativeRelation[] getRelations() {
        return RepresentativeRelation.values();
    }

    public String getRegulatorReference() {
        return regulatorReference;
    }

    public void setRegulatorReference(String regulatorReference) {
        this.regulatorReference = regulatorReference == null || regulatorReference.isBlank() ? null : regulatorReference.strip();
    }

    public LocalDate getTransferredOn() {
        return transferredOn;
    }

    public void setTransferredOn(LocalDate transferredOn) {
        this.transferredOn = transferredOn;
    }

    /** The codes within the chosen group; a group without subdivisions is chosen as it is. */
    public List<CodeNode> getBusinessCodes() {
        return children(businessTree, businessGroup);
    }

    public List<CodeNode> getCauseCodes() {
        return children(causeTree, causeGroup);
    }

    private static List<CodeNode> children(List<CodeNode> tree, String group) {
        return tree.stream().filter(n -> n.code().equals(group)).findFirst().map(CodeNode::children).orElse(List.of());
    }

    public void businessGroupChanged() {
        businessCategory = null;
        refreshDuplicates();
    }

    public void causeGroupChanged() {
        cause = null;
    }

    public List<CodeNode> getBusinessGroups() {
        return businessTree;
    }

    public List<CodeNode> getCauseGroups() {
        return causeTree;
    }

    public List<IntakeChannel> getChannels() {
        return channels;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getBusinessGroup() {
        return businessGroup;
    }

    public void setBusinessGroup(String businessGroup) {
        this.businessGroup = businessGroup;
    }

    public String getBusinessCategory() {
        return businessCategory;
    }

    public void setBusinessCategory(String businessCategory) {
        this.businessCategory = businessCategory;
    }

    public String getCauseGroup() {
        return causeGroup;
    }

    public void setCauseGroup(String causeGroup) {
        this.causeGroup = causeGroup;
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

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSubjectStaff() {
        return subjectStaff;
    }

    public void setSubjectStaff(String subjectStaff) {
        this.subjectStaff = subjectStaff;
    }
}
