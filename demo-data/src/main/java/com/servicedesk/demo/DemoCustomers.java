package com.servicedesk.demo;

import com.servicedesk.customer.Customer;
import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.ResidentIdNumber;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.organisation.Branch;
import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * About 2,000 demo customers with Chinese names, valid identity numbers of their branch's
 * district, and mobile numbers, registered over the last three years.
 */
@ApplicationScoped
public class DemoCustomers implements DemoDataContributor {

    private static final Map<String, Integer> PER_BRANCH = Map.of(
            "BJ01", 520, "BJ02", 380, "SH01", 480, "SH02", 320, "HZ01", 300);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrganisationService organisation;

    @EJB
    private AuditTrail audit;

    @Inject
    private PersonalDataCipher cipher;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int seed(DemoRandom random) {
        Set<String> idNumbers = new HashSet<>();
        int count = 0;
        List<Branch> branches = organisation.branches();
        for (Branch branch : branches) {
            int n = PER_BRANCH.getOrDefault(branch.code(), 100);
            for (int i = 0; i < n; i++) {
                String idNumber;
                do {
                    idNumber = idNumber(random, branch.divisionCode());
                } while (!idNumbers.add(idNumber));
                String phone = random.mobileNumber();
                Customer customer = new Customer(random.chineseName(),
                        cipher.encrypt(CustomerService.ID_NUMBER_COLUMN, idNumber), cipher.blindIndex(idNumber),
                        cipher.encrypt(CustomerService.PHONE_COLUMN, phone), cipher.blindIndex(phone),
                        branch.code(), time.now().minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60))),
                        "system");
                em.persist(customer);
                em.flush();
                audit.recordAs("system", AuditEvent.of("Customer", customer.id(), "REGISTER")
                        .withStates(null, JsonSupport.JSON.createObjectBuilder()
                                .add("name", customer.name())
                                .add("branchCode", branch.code())
                                .add("source", "demo data")
                                .build().toString()));
                count++;
            }
        }
        return count;
    }

    private static String idNumber(DemoRandom random, String division) {
        LocalDate birth = random.dateBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2004, 12, 31));
        String first17 = division + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
