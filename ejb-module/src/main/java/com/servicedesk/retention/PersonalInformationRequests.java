package com.servicedesk.retention;

import com.servicedesk.attachment.AttachmentService;
import com.servicedesk.attachment.AttachmentView;
import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.complaint.ComplaintStatus;
import com.servicedesk.customer.ContactChange;
import com.servicedesk.customer.CustomerService;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.retention.PersonalDataCopy;
import com.servicedesk.reports.retention.PersonalDataCopyReport;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.servicerequest.NewServiceRequest;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.servicerequest.ServiceRequestView;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The customer's rights over their personal information (PIPL arts. 44–47), each request a service request
 * of the category {@value #CATEGORY} whose response standard is data. A copy (ACCESS) is prepared by a
 * supervisor or manager, as a PDF/A and a JSON file with every value in clear, kept as the request's files,
 * and released by another supervisor or manager of the customer's branch; both views are audited. A
 * correction changes the customer's data. A deletion anonymises the customer, or is refused with the legal
 * reason while a case is open, a legal hold stands, or a record's retention period has not run out.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
public class PersonalInformationRequests {

    public static final String CATEGORY = "PERSONAL_INFORMATION";
    public static final String AUDIT_TYPE = "PersonalInformationRequest";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private ServiceRequestService requests;

    @EJB
    private CustomerService customers;

    @EJB
    private AttachmentService files;

    @Inject
    private TimeSource time;

    /** Takes a request in: its service request (on the category's standard) and the request itself. */
    public PirView register(long customerId, PersonalInformationRequest.Kind kind, String channel, String note) {
        String subject = switch (kind) {
            case ACCESS -> "个人信息查阅复制请求";
            case CORRECTION -> "个人信息更正请求";
            case DELETION -> "个人信息删除请求";
        };
        ServiceRequestView sr = requests.register(new NewServiceRequest(customerId, channel == null ? "BRANCH" : channel,
                CATEGORY, subject, note == null || note.isBlank() ? subject : note.strip()));
        PersonalInformationRequest pir = new PersonalInformationRequest(sr.id(), customerId, kind);
        em.persist(pir);
        em.flush();
        audit.recordFirst(AuditEvent.of(AUDIT_TYPE, pir.id(), "REGISTER").withStates(null, snapshot(pir)));
        return view(pir);
    }

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public PirView get(long id) {
        return view(load(id, null));
    }

    /** The customer's requests, newest first. */
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public List<PirView> ofCustomer(long customerId) {
        customers.get(customerId); // in scope, or not found
        return em.createQuery("select p from PersonalInformationRequest p where p.customerId = :c order by p.id desc",
                PersonalInformationRequest.class).setParameter("c", customerId).getResultStream().map(this::view).toList();
    }

    /**
     * Prepares the copy: what the bank holds about the customer, every value clear, as a PDF/A and a JSON
     * file kept as the request's files; the view of the clear values is audited on the customer.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public PirView prepareCopy(long id, Long expectedVersion) {
        Caller caller = callers.current();
        PersonalInformationRequest pir = load(id, expectedVersion);
        require(pir, PersonalInformationRequest.Kind.ACCESS, PersonalInformationRequest.Status.OPEN);
        ServiceRequestView sr = requests.get(pir.serviceRequestId());
        CustomerService.ClearIdentity who = customers.clearIdentity(pir.customerId(), "个人信息副本 " + sr.reference());
        List<PersonalDataCopy.Entry> records = records(pir.customerId());
        PersonalDataCopy copy = new PersonalDataCopy(sr.reference(), who.name(), who.idNumber(), who.phone(), who.email(),
                who.branchCode(), Date.from(who.createdAt()), records);
        Instant now = time.now();
        byte[] pdf = PersonalDataCopyReport.pdf(copy, new ReportMeta(sr.reference(), "个人信息副本", "个人信息副本 " + sr.reference(),
                "澜海银行", now, Locale.SIMPLIFIED_CHINESE, true));
        AttachmentView pdfFile = files.upload(CaseKind.SERVICE_REQUEST, pir.serviceRequestId(), "个人信息副本_" + sr.reference()
                + ".pdf", "application/pdf", new ByteArrayInputStream(pdf));
        AttachmentView jsonFile = files.upload(CaseKind.SERVICE_REQUEST, pir.serviceRequestId(), "个人信息副本_" + sr.reference()
                + ".json.txt", "text/plain", new ByteArrayInputStream(json(copy).getBytes(StandardCharsets.UTF_8)));
        pir.prepared(caller.username(), now, pdfFile.id(), jsonFile.id());
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "PREPARE_COPY").withStates(null, snapshot(pir))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("pdfSha256", pdfFile.sha256())
                        .add("jsonSha256", jsonFile.sha256()).add("records", records.size()).build().toString()));
        return view(pir);
    }

    /**
     * Releases a prepared copy to the customer: a supervisor or manager of the customer's branch who did not
     * prepare it (four-eyes), stating how it was handed over.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public PirView releaseCopy(long id, Long expectedVersion, String deliveredBy) {
        Caller caller = callers.current();
        PersonalInformationRequest pir = load(id, expectedVersion);
        require(pir, PersonalInformationRequest.Kind.ACCESS, PersonalInformationRequest.Status.PREPARED);
        if (caller.username().equals(pir.preparedBy())) {
            throw new ConflictException("four-eyes", "the copy is released by a supervisor or manager other than "
                    + pir.preparedBy() + ", who prepared it");
        }
        String how = deliveredBy == null || deliveredBy.isBlank() ? "COUNTER" : deliveredBy.strip();
        pir.released(caller.username(), time.now(), "copy released, handed over by " + how);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "RELEASE_COPY").withStates(null, snapshot(pir)));
        return view(pir);
    }

    /** Corrects the customer's data as asked (name, phone, e-mail), through the customer's own change. */
    public PirView correct(long id, Long expectedVersion, ContactChange change) {
        Caller caller = callers.current();
        PersonalInformationRequest pir = load(id, expectedVersion);
        require(pir, PersonalInformationRequest.Kind.CORRECTION, PersonalInformationRequest.Status.OPEN);
        customers.changeContact(pir.customerId(), null, change);
        pir.done(caller.username(), time.now(), "corrected");
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "CORRECT").withStates(null, snapshot(pir)));
        return view(pir);
    }

    /**
     * Deletes the customer's personal information by anonymising them, unless the law requires keeping it
     * (PIPL art. 47: a retention period set by law has not run out): a case still open, a legal hold, or a
     * record whose retention period has not ended. A refusal is recorded with its reason.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public PirView delete(long id, Long expectedVersion) {
        Caller caller = callers.current();
        PersonalInformationRequest pir = load(id, expectedVersion);
        require(pir, PersonalInformationRequest.Kind.DELETION, PersonalInformationRequest.Status.OPEN);
        Instant now = time.now();
        String refusal = refusal(pir.customerId(), pir.serviceRequestId());
        if (refusal != null) {
            pir.refused(caller.username(), now, refusal);
            em.flush();
            audit.record(AuditEvent.of(AUDIT_TYPE, id, "REFUSE_DELETION").withStates(null, snapshot(pir)));
            return view(pir);
        }
        new RecordSweeps(em).anonymiseCustomers(List.of(pir.customerId()), now);
        audit.record(AuditEvent.of("Customer", pir.customerId(), "ANONYMISE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("request", id).build().toString()));
        pir.done(caller.username(), now, "the customer's personal information was anonymised");
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, id, "DELETE").withStates(null, snapshot(pir)));
        return view(pir);
    }

    /** Why the law requires keeping the customer's data, or null when nothing does. */
    private String refusal(long customerId, long ownRequest) {
        long open = count("select count(c) from Complaint c where c.customerId = :c and c.status not in :final",
                customerId, ComplaintStatus.finalStates())
                + count("select count(r) from ServiceRequest r where r.customerId = :c and r.closedAt is null and r.id <> :own",
                customerId, ownRequest);
        if (open > 0) {
            return "拒绝删除：客户尚有 " + open + " 件未办结的投诉或服务请求，处理完毕前须保留其个人信息"
                    + "（《个人信息保护法》第四十七条；《银行业保险业消费投诉处理管理办法》）。Refused: " + open
                    + " case(s) of the customer are still open; their data is kept until they are handled.";
        }
        if (!em.createQuery("select h.id from LegalHold h where h.releasedAt is null and ((h.target = :cu and h.targetId = :c)"
                        + " or (h.target = :co and h.targetId in (select x.id from Complaint x where x.customerId = :c)))", Long.class)
                .setParameter("cu", HoldTarget.CUSTOMER).setParameter("co", HoldTarget.COMPLAINT).setParameter("c", customerId)
                .getResultList().isEmpty()) {
            return "拒绝删除：客户或其案件处于依法冻结（诉讼或监管调查）之下（《个人信息保护法》第四十七条第二款）。"
                    + "Refused: a legal hold stands on the customer or one of their cases.";
        }
        long kept = count("select count(c) from Complaint c where c.customerId = :c and c.anonymisedAt is null", customerId, null)
                + count("select count(r) from ServiceRequest r where r.customerId = :c and r.anonymisedAt is null"
                + " and r.id <> :own", customerId, ownRequest)
                + count("select count(a) from BusinessApplication a where a.customerId = :c and a.anonymisedAt is null",
                customerId, null);
        if (kept > 0) {
            return "拒绝删除：客户的 " + kept + " 项业务记录尚在法定保存期限内，期限届满后将依保留政策匿名化"
                    + "（《个人信息保护法》第四十七条第二款：法律、行政法规规定的保存期限未届满）。Refused: " + kept
                    + " record(s) of the customer are within the retention period the rules set; they are anonymised when it ends.";
        }
        return null;
    }

    private long count(String jpql, long customerId, Object extra) {
        var q = em.createQuery(jpql, Long.class).setParameter("c", customerId);
        if (extra instanceof java.util.Collection<?> states) {
            q.setParameter("final", states);
        } else if (extra != null) {
            q.setParameter("own", extra);
        }
        return q.getSingleResult();
    }

    /** Every record the bank holds about the customer, oldest first within each kind. */
    private List<PersonalDataCopy.Entry> records(long customerId) {
        List<PersonalDataCopy.Entry> records = new ArrayList<>();
        em.createQuery("select c.reference, c.receivedAt, c.status, c.description from Complaint c where c.customerId = :c"
                + " order by c.receivedAt", Object[].class).setParameter("c", customerId).getResultStream()
                .forEach(r -> records.add(new PersonalDataCopy.Entry("COMPLAINT", (String) r[0], Date.from((Instant) r[1]),
                        r[2].toString(), (String) r[3])));
        em.createQuery("select r.reference, r.receivedAt, r.status, r.subject, r.description from ServiceRequest r"
                + " where r.customerId = :c order by r.receivedAt", Object[].class).setParameter("c", customerId).getResultStream()
                .forEach(r -> records.add(new PersonalDataCopy.Entry("SERVICE_REQUEST", (String) r[0], Date.from((Instant) r[1]),
                        r[2].toString(), r[3] + "：" + r[4])));
        em.createQuery("select a.reference, a.createdAt, a.status, a.typeCode, a.description from BusinessApplication a"
                + " where a.customerId = :c order by a.createdAt", Object[].class).setParameter("c", customerId).getResultStream()
                .forEach(r -> records.add(new PersonalDataCopy.Entry("APPLICATION", (String) r[0], Date.from((Instant) r[1]),
                        r[2].toString(), r[3] + "：" + r[4])));
        return records;
    }

    private static String json(PersonalDataCopy copy) {
        JsonArrayBuilder records = JsonSupport.JSON.createArrayBuilder();
        for (PersonalDataCopy.Entry e : copy.records()) {
            records.add(JsonSupport.JSON.createObjectBuilder().add("kind", e.kind()).add("reference", e.reference())
                    .add("at", e.at().toInstant().toString()).add("status", e.status()).add("text", e.text() == null ? "" : e.text()));
        }
        var customer = JsonSupport.JSON.createObjectBuilder().add("name", copy.name()).add("idNumber", nullToEmpty(copy.idNumber()))
                .add("phone", nullToEmpty(copy.phone())).add("email", nullToEmpty(copy.email())).add("branch", copy.branch())
                .add("customerSince", copy.customerSince().toInstant().toString());
        return JsonSupport.JSON.createObjectBuilder().add("request", copy.request()).add("customer", customer)
                .add("records", records).build().toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private PersonalInformationRequest load(long id, Long expectedVersion) {
        PersonalInformationRequest pir = em.find(PersonalInformationRequest.class, id);
        if (pir == null) {
            throw new RecordNotFoundException("personal information request", id);
        }
        try {
            customers.get(pir.customerId()); // the caller's branches, or not found
        } catch (RecordNotFoundException | ForbiddenException outOfScope) {
            throw new RecordNotFoundException("personal information request", id);
        }
        if (expectedVersion != null && expectedVersion != pir.version()) {
            throw new StaleVersionException("personal information request", id, expectedVersion, pir.version());
        }
        return pir;
    }

    private static void require(PersonalInformationRequest pir, PersonalInformationRequest.Kind kind,
                                PersonalInformationRequest.Status status) {
        if (pir.kind() != kind || pir.status() != status) {
            throw new ConflictException("not-allowed", "a " + pir.kind() + " request that is " + pir.status()
                    + " does not take this step (it takes a " + kind + " request that is " + status + ")");
        }
    }

    private PirView view(PersonalInformationRequest p) {
        ServiceRequestView sr = requests.get(p.serviceRequestId());
        return new PirView(p.id(), p.serviceRequestId(), sr.reference(), p.customerId(), p.kind(), p.status(),
                sr.resolutionDueAt(), p.preparedBy(), p.preparedAt(), p.pdfAttachmentId(), p.jsonAttachmentId(),
                p.releasedBy(), p.releasedAt(), p.outcome(), p.version());
    }

    private static String snapshot(PersonalInformationRequest p) {
        return JsonSupport.JSON.createObjectBuilder().add("kind", p.kind().name()).add("status", p.status().name())
                .add("serviceRequest", p.serviceRequestId()).add("customer", p.customerId()).build().toString();
    }
}
