package com.servicedesk.customer;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.security.PersonalDataHolder;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.JsonSupport;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Key rotation for personal data: after the server starts with a new key (the old one named as a
 * previous key), every ciphertext made with an old key is re-encrypted under the new one and every
 * blind index recomputed, a thousand customers per transaction, then what other contexts hold
 * ({@link PersonalDataHolder}), and audited with the counts.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PersonalDataRotation {

    private static final int BATCH = 1_000;

    /** What a rotation did. */
    public record Result(String keyId, long customers, long reencrypted) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PersonalDataCipher cipher;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /** The other contexts that keep encrypted personal data (a complaint's representative). */
    @Inject
    @Any
    private Instance<PersonalDataHolder> holders;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result rotate() {
        PersonalDataRotation self = context.getBusinessObject(PersonalDataRotation.class);
        long after = 0;
        long customers = 0;
        long reencrypted = 0;
        while (true) {
            long[] batch = self.rotateBatch(after);
            if (batch[0] == 0) {
                break;
            }
            customers += batch[0];
            reencrypted += batch[1];
            after = batch[2];
        }
        for (PersonalDataHolder holder : holders) {
            reencrypted += holder.reencrypt();
        }
        self.audited(cipher.currentKeyId(), customers, reencrypted);
        return new Result(cipher.currentKeyId(), customers, reencrypted);
    }

    /** One batch after the given id: returns {rows, re-encrypted, last id}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] rotateBatch(long afterId) {
        List<Customer> batch = em.createQuery("select c from Customer c where c.id > :after order by c.id", Customer.class)
                .setParameter("after", afterId).setMaxResults(BATCH).getResultList();
        long changed = 0;
        for (Customer c : batch) {
            String idNumber = cipher.decrypt(CustomerService.ID_NUMBER_COLUMN, c.idNumberEncrypted());
            String phone = cipher.decrypt(CustomerService.PHONE_COLUMN, c.phoneEncrypted());
            String email = cipher.decrypt(CustomerService.EMAIL_COLUMN, c.emailEncrypted());
            boolean old = cipher.needsRotation(c.idNumberEncrypted()) || cipher.needsRotation(c.phoneEncrypted())
                    || cipher.needsRotation(c.emailEncrypted());
            c.reencrypt(old ? cipher.encrypt(CustomerService.ID_NUMBER_COLUMN, idNumber) : c.idNumberEncrypted(),
                    cipher.blindIndex(idNumber),
                    old ? cipher.encrypt(CustomerService.PHONE_COLUMN, phone) : c.phoneEncrypted(),
                    cipher.blindIndex(phone));
            if (old) {
                c.changeEmail(cipher.encrypt(CustomerService.EMAIL_COLUMN, email), cipher.blindIndex(email));
            }
            changed += old ? 1 : 0;
        }
        return new long[] {batch.size(), changed, batch.isEmpty() ? afterId : batch.get(batch.size() - 1).id()};
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audited(String keyId, long customers, long reencrypted) {
        audit.record(AuditEvent.of("PersonalDataKey", keyId, "ROTATE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("customers", customers).add("reencrypted", reencrypted).build().toString()));
    }
}
