package com.servicedesk.complaint;

import com.servicedesk.attachment.AttachmentService;
import com.servicedesk.customer.Customer;
import com.servicedesk.customer.PhoneNumber;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.InvalidInputException.Violation;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the further complaint rules take at intake, checked before anything is stored and then applied
 * to the new complaint: a regulator's transfer (监管转办), the earlier case new facts relate to, a
 * representative with their authorisation (art. 14), a group's representatives or the group an affected
 * customer's complaint belongs to (art. 12). Phones arrive in clear and are stored encrypted.
 */
public final class IntakeParticulars {

    /** The intake channel of a regulator's transfer (监管转办, JR/T A0199). */
    public static final String REGULATOR_TRANSFER = "REGULATOR_TRANSFER";

    private final NewComplaint input;
    private final Complaint related;
    private final Complaint parent;
    private final String representativePhone;
    private final List<String> groupPhones;

    private IntakeParticulars(NewComplaint input, Complaint related, Complaint parent, String representativePhone,
                              List<String> groupPhones) {
        this.input = input;
        this.related = related;
        this.parent = parent;
        this.representativePhone = representativePhone;
        this.groupPhones = groupPhones;
    }

    /** Checks the particulars, adding every refusal to {@code violations}. */
    static IntakeParticulars check(NewComplaint input, Customer customer, Caller caller, LocalDate today, EntityManager em,
                                   AttachmentService attachments, List<Violation> violations) {
        regulatorTransfer(input, today, violations);
        Complaint related = input.relatedTo() == null ? null : em.find(Complaint.class, input.relatedTo());
        if (input.relatedTo() != null && (related == null || customer == null || related.customerId() != customer.id())) {
            violations.add(new Violation("relatedTo", "must be an earlier complaint of the same customer"));
        }
        String representativePhone = null;
        NewComplaint.NewRepresentative r = input.representative();
        if (r != null) {
            representativePhone = phone(r.phone(), "representative.phone", violations);
            if (r.authorisationAttachmentId() != null && customer != null
                    && !attachments.isCustomersFile(r.authorisationAttachmentId(), customer.id())) {
                violations.add(new Violation("representative.authorisationAttachmentId", "is not a file of this customer's cases"));
            }
        }
        Complaint parent = input.parentId() == null ? null : em.find(Complaint.class, input.parentId());
        if (input.parentId() != null && (parent == null || !caller.scope().includes(parent.branchCode())
                || !parent.isGroup() || parent.status().isFinal())) {
            violations.add(new Violation("parentId", "must be an open group complaint in your branches"));
        }
        if (input.group() != null && input.parentId() != null) {
            violations.add(new Violation("group", "an affected customer's complaint within a group is not a group itself"));
        }
        List<String> groupPhones = new ArrayList<>();
        if (input.group() != null) {
            for (int i = 0; i < input.group().representatives().size(); i++) {
                groupPhones.add(phone(input.group().representatives().get(i).phone(),
                        "group.representatives[" + i + "].phone", violations));
            }
        }
        return new IntakeParticulars(input, related, parent, representativePhone, groupPhones);
    }

    /** Records the checked particulars on the new complaint, encrypting phones with {@code encrypt}. */
    void applyTo(Complaint complaint, UnaryOperator<String> encrypt) {
        if (input.regulatorReference() != null) {
            complaint.transferredByRegulator(input.regulatorReference().strip(), input.transferredOn());
        }
        if (related != null) {
            complaint.relateTo(related.id());
        }
        if (input.group() != null) {
            List<GroupRepresentative> members = new ArrayList<>();
            for (int i = 0; i < groupPhones.size(); i++) {
                members.add(new GroupRepresentative(input.group().representatives().get(i).name().strip(),
                        groupPhones.get(i) == null ? null : encrypt.apply(groupPhones.get(i))));
            }
            complaint.representedGroup(members);
        }
        if (parent != null) {
            complaint.withinGroup(parent);
        }
        NewComplaint.NewRepresentative r = input.representative();
        if (r != null) {
            complaint.broughtBy(new Representative(r.name().strip(), r.relation(),
                    representativePhone == null ? null : encrypt.apply(representativePhone), r.authorisationAttachmentId()));
        }
    }

    /**
     * A regulator's transfer needs the regulator's reference and the day of the transfer (not in the
     * future); other channels carry neither.
     */
    static void regulatorTransfer(NewComplaint input, LocalDate today, List<Violation> violations) {
        boolean transfer = REGULATOR_TRANSFER.equals(input.channel());
        boolean hasReference = input.regulatorReference() != null && !input.regulatorReference().isBlank();
        if (transfer && !hasReference) {
            violations.add(new Violation("regulatorReference", "is required for a complaint the regulator transferred"));
        }
        if (transfer && input.transferredOn() == null) {
            violations.add(new Violation("transferredOn", "is required for a complaint the regulator transferred"));
        }
        if (transfer && input.transferredOn() != null && input.transferredOn().isAfter(today)) {
            violations.add(new Violation("transferredOn", "must not be in the future"));
        }
        if (!transfer && (hasReference || input.transferredOn() != null)) {
            violations.add(new Violation(hasReference ? "regulatorReference" : "transferredOn",
                    "is only for the channel " + REGULATOR_TRANSFER));
        }
    }

    /** A phone given (or not), normalised; a bad one is refused under the field named. */
    private static String phone(String raw, String field, List<Violation> violations) {
        String phone = PhoneNumber.normalize(raw == null || raw.isBlank() ? null : raw);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            violations.add(new Violation(field, "is not a valid mobile or landline number"));
        }
        return phone;
    }
}
