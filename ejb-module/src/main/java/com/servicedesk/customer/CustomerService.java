package com.servicedesk.customer;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.security.PersonalDataKind;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Queries;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** Registers and finds customers within the caller's branch scope. */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class CustomerService {

    public static final String ID_NUMBER_COLUMN = "customer.id_number";
    public static final String PHONE_COLUMN = "customer.phone";
    public static final String EMAIL_COLUMN = "customer.email";

    /** How a customer is reached in writing, in clear: for the letters the bank must send, never shown to staff. */
    public record Contact(long id, String name, String email, String mobile, PreferredChannel preferredChannel) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private OrganisationService organisation;

    @Inject
    private PersonalDataCipher cipher;

    @Inject
    private TimeSource time;

    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public CustomerView register(NewCustomer input) {
        Caller caller = callers.current();
        caller.requireBusinessWrite();
        String branch = input.branchCode() == null ? caller.branchCode() : input.branchCode();
        String idNumber = ResidentIdNumber.normalize(input.idNumber());
        String phone = blankToNull(PhoneNumber.normalize(input.phone()));

        List<Violation> violations = new ArrayList<>();
        if (branch == null) {
            violations.add(new Violation("branchCode", "is required for a caller without a branch of their own"));
        } else if (organisation.findOpenBranch(branch).isEmpty()) {
            violations.add(new Violation("branchCode", "is not an open branch of the bank"));
        }
        if (!ResidentIdNumber.isValid(idNumber)) {
            violations.add(new Violation("idNumber", "is not a valid 18-character resident identity number"));
        }
        if (phone != null && !PhoneNumber.isValid(phone)) {
            violations.add(new Violation("phone", "is not a valid mobile or landline number"));
        }
        String email = EmailAddress.normalize(input.email());
        checkReachable(email, phone, input.preferredChannel(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!caller.scope().includes(branch)) {
            throw new ForbiddenException("you may only register customers at your own branches");
        }
        String idIndex = cipher.blindIndex(idNumber);
        if (!em.createQuery("select c.id from Customer c where c.idNumberIndex = :i", Long.class)
                .setParameter("i", idIndex).setMaxResults(1).getResultList().isEmpty()) {
            throw new InvalidInputException("idNumber", "a customer with this identity number is already registered");
        }

        Customer customer = new Customer(input.name().strip(), cipher.encrypt(ID_NUMBER_COLUMN, idNumber), idIndex,
                cipher.encrypt(PHONE_COLUMN, phone), cipher.blindIndex(phone), branch, time.now(), caller.username());
        customer.changeEmail(cipher.encrypt(EMAIL_COLUMN, email), cipher.blindIndex(email));
        customer.prefer(input.preferredChannel());
        em.persist(customer);
        em.flush();
        CustomerView view = view(customer);
        audit.record(AuditEvent.of("Customer", customer.id(), "REGISTER").withStates(null, auditState(view)));
        return view;
    }

    /** The customer, if the caller's scope includes its branch; otherwise not found. */
    public CustomerView get(long id) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        return view(load(caller, id));
    }

    /**
     * Corrects the name or phone. With an expected version, a record changed since the caller read it
     * is refused (412) rather than overwritten.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public CustomerView changeContact(long id, Long expectedVersion, ContactChange change) {
        Caller caller = callers.current();
        caller.requireBusinessWrite();
        if (change.name() == null && change.phone() == null && change.email() == null && change.preferredChannel() == null) {
            throw new InvalidInputException("name", "nothing to change: give the name, phone, email or preferredChannel");
        }
        Customer customer = load(caller, id);
        if (expectedVersion != null && expectedVersion != customer.version()) {
            throw new StaleVersionException("customer", id, expectedVersion, customer.version());
        }
        String phone = change.phone() == null ? null : blankToNull(PhoneNumber.normalize(change.phone()));
        List<Violation> violations = new ArrayList<>();
        if (phone != null && !PhoneNumber.isValid(phone)) {
            violations.add(new Violation("phone", "is not a valid mobile or landline number"));
        }
        String email = change.email() == null ? null : EmailAddress.normalize(change.email());
        String emailAfter = change.email() == null ? cipher.decrypt(EMAIL_COLUMN, customer.emailEncrypted()) : email;
        String phoneAfter = change.phone() == null ? cipher.decrypt(PHONE_COLUMN, customer.phoneEncrypted()) : phone;
        checkReachable(emailAfter, phoneAfter,
                change.preferredChannel() == null ? customer.preferredChannel() : change.preferredChannel(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        CustomerView before = view(customer);
        if (change.name() != null) {
            customer.rename(change.name().strip());
        }
        if (change.phone() != null) {
            customer.changePhone(cipher.encrypt(PHONE_COLUMN, phone), cipher.blindIndex(phone));
        }
        if (change.email() != null) {
            customer.changeEmail(cipher.encrypt(EMAIL_COLUMN, email), cipher.blindIndex(email));
        }
        if (change.preferredChannel() != null) {
            customer.prefer(change.preferredChannel());
        }
        em.flush();
        CustomerView after = view(customer);
        audit.record(AuditEvent.of("Customer", id, "CHANGE_CONTACT").withStates(auditState(before), auditState(after)));
        return after;
    }

    /**
     * An e-mail must be well formed; a preferred channel needs its address: e-mail an e-mail address,
     * SMS a mobile number.
     */
    private static void checkReachable(String email, String phone, PreferredChannel preferred, List<Violation> violations) {
        if (email != null && !EmailAddress.isValid(email)) {
            violations.add(new Violation("email", "is not a valid e-mail address"));
        }
        if (preferred == PreferredChannel.EMAIL && email == null) {
            violations.add(new Violation("preferredChannel", "EMAIL needs the customer's e-mail address"));
        }
        if (preferred == PreferredChannel.SMS && !PhoneNumber.isMobile(phone)) {
            violations.add(new Violation("preferredChannel", "SMS needs a mobile number"));
        }
    }

    /** How to reach a customer in writing, for the letters the rules require; the caller's scope is the case's. */
    @PermitAll
    public Contact contact(long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw new RecordNotFoundException("customer", id);
        }
        String phone = cipher.decrypt(PHONE_COLUMN, c.phoneEncrypted());
        return new Contact(c.id(), c.name(), cipher.decrypt(EMAIL_COLUMN, c.emailEncrypted()),
                PhoneNumber.isMobile(phone) ? phone : null, c.preferredChannel());
    }

    private Customer load(Caller caller, long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null || !caller.scope().includes(customer.branchCode())) {
            throw new RecordNotFoundException("customer", id);
        }
        return customer;
    }

    /**
     * Finds customers by an exact identity number or phone (through the blind indexes), or else by
     * part of the name; only in the caller's scope.
     */
    public Page<CustomerView> search(String q, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Criterion criterion = criterion(q);
        String where = criterion.where(caller);
        TypedQuery<Customer> items = criterion.bind(em.createQuery("select c from Customer c" + where + " order by c.id",
                Customer.class), caller);
        TypedQuery<Long> count = criterion.bind(em.createQuery("select count(c) from Customer c" + where, Long.class), caller);
        List<CustomerView> views = items.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(this::view).toList();
        return new Page<>(views, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * The customers in the caller's scope a search term names, as {@link #search} finds them (at most
     * {@code max}, newest first), and whether the term was an identity number or a phone: such a term
     * names a customer only through its keyed hash and is looked for nowhere else.
     */
    public CustomerMatch matching(String q, int max) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Criterion criterion = criterion(q);
        List<Long> ids = criterion.bind(em.createQuery("select c.id from Customer c" + criterion.where(caller)
                + " order by c.id desc", Long.class), caller).setMaxResults(max).getResultList();
        return new CustomerMatch(criterion.identifier(), ids);
    }

    /** What a search term names: its ids, and whether it was an identity number or a phone. */
    public record CustomerMatch(boolean byIdentifier, List<Long> ids) {
    }

    private Criterion criterion(String q) {
        String term = q == null ? "" : q.strip();
        String idNumber = ResidentIdNumber.normalize(term);
        String phone = PhoneNumber.normalize(term);
        if (ResidentIdNumber.isValid(idNumber)) {
            return new Criterion(" and c.idNumberIndex = :term", cipher.blindIndex(idNumber), true);
        }
        if (PhoneNumber.isValid(phone)) {
            return new Criterion(" and c.phoneIndex = :term", cipher.blindIndex(phone), true);
        }
        if (term.isEmpty()) {
            return new Criterion("", null, false);
        }
        return new Criterion(" and c.name like :term escape '!'", "%" + Queries.likeEscaped(term) + "%", false);
    }

    private record Criterion(String condition, String param, boolean identifier) {

        String where(Caller caller) {
            return " where 1 = 1" + condition + (caller.scope().all() ? "" : " and c.branchCode in :branches");
        }

        <Q extends TypedQuery<?>> Q bind(Q query, Caller caller) {
            if (param != null) {
                query.setParameter("term", param);
            }
            if (!caller.scope().all()) {
                query.setParameter("branches", caller.scope().queryBranches());
            }
            return query;
        }
    }

    /**
     * Shows one clear value to a supervisor or manager who states why. The view itself is audited
     * (never the value) and appears in the security audit report.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public String reveal(long id, PersonalDataKind kind, String reason) {
        Caller caller = callers.current();
        if (reason == null || reason.strip().length() < 4) {
            throw new InvalidInputException("reason", "state why you need to see the clear value");
        }
        Customer customer = load(caller, id);
        String clear = switch (kind) {
            case ID_NUMBER -> cipher.decrypt(ID_NUMBER_COLUMN, customer.idNumberEncrypted());
            case PHONE -> cipher.decrypt(PHONE_COLUMN, customer.phoneEncrypted());
            case EMAIL -> cipher.decrypt(EMAIL_COLUMN, customer.emailEncrypted());
            case CARD_NUMBER -> throw new InvalidInputException("field", "customers have no card number on file");
        };
        audit.record(AuditEvent.of("Customer", id, "VIEW_CLEAR").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("field", kind.name()).add("reason", reason.strip()).build().toString()));
        return clear;
    }

    /** A customer as the bank holds them, every value clear: for the copy a customer asks for (PIPL art. 45). */
    public record ClearIdentity(long id, String name, String idNumber, String phone, String email, String branchCode,
                                Instant createdAt) {
    }

    /**
     * Every clear value of one customer, for a supervisor or manager who states why (a personal-information
     * copy): audited as a view of all fields (never the values).
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public ClearIdentity clearIdentity(long id, String reason) {
        Caller caller = callers.current();
        Customer customer = load(caller, id);
        audit.record(AuditEvent.of("Customer", id, "VIEW_CLEAR").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("field", "ALL").add("reason", reason).build().toString()));
        return new ClearIdentity(customer.id(), customer.name(), cipher.decrypt(ID_NUMBER_COLUMN, customer.idNumberEncrypted()),
                cipher.decrypt(PHONE_COLUMN, customer.phoneEncrypted()), cipher.decrypt(EMAIL_COLUMN, customer.emailEncrypted()),
                customer.branchCode(), customer.createdAt());
    }

    /** Customers per branch, for the branches the caller may see. */
    public Map<String, Long> countByBranch() {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        String where = caller.scope().all() ? "" : " where c.branchCode in :b";
        TypedQuery<Object[]> query = em.createQuery("select c.branchCode, count(c) from Customer c" + where
                + " group by c.branchCode order by c.branchCode", Object[].class);
        if (!caller.scope().all()) {
            query.setParameter("b", caller.scope().queryBranches());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        query.getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    private CustomerView view(Customer c) {
        return new CustomerView(c.id(), c.name(),
                PersonalDataKind.ID_NUMBER.mask(cipher.decrypt(ID_NUMBER_COLUMN, c.idNumberEncrypted())),
                PersonalDataKind.PHONE.mask(cipher.decrypt(PHONE_COLUMN, c.phoneEncrypted())),
                PersonalDataKind.EMAIL.mask(cipher.decrypt(EMAIL_COLUMN, c.emailEncrypted())), c.preferredChannel(),
                c.branchCode(), c.createdAt(), c.version());
    }

    private static String auditState(CustomerView v) {
        var json = JsonSupport.JSON.createObjectBuilder()
                .add("name", v.name())
                .add("idNumber", v.idNumber())
                .add("branchCode", v.branchCode());
        if (v.phone() != null) {
            json.add("phone", v.phone());
        }
        if (v.email() != null) {
            json.add("email", v.email());
        }
        if (v.preferredChannel() != null) {
            json.add("preferredChannel", v.preferredChannel().name());
        }
        return json.build().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
