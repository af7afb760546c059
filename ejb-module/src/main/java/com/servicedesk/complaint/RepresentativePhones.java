package com.servicedesk.complaint;

import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.security.PersonalDataHolder;
import com.servicedesk.shared.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The phones of representatives and of groups' representatives, re-encrypted when the personal-data key is rotated. */
@Stateless
@LocalBean
@Local(PersonalDataHolder.class)
@RolesAllowed(Role.ADMIN_NAME)
public class RepresentativePhones implements PersonalDataHolder {

    private static final int BATCH = 1_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PersonalDataCipher cipher;

    @Resource
    private SessionContext context;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long reencrypt() {
        RepresentativePhones self = context.getBusinessObject(RepresentativePhones.class);
        long changed = 0;
        long after = 0;
        for (long[] batch = self.batch(after); batch[0] > 0; batch = self.batch(after)) {
            changed += batch[1];
            after = batch[2];
        }
        return changed;
    }

    /** One batch of complaints with a representative's phone after the given id: {rows, changed, last id}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] batch(long afterId) {
        List<Complaint> batch = em.createQuery("select c from Complaint c where c.id > :after"
                        + " and (c.representative.phoneEncrypted is not null or c.groupRepresentatives is not empty)"
                        + " order by c.id", Complaint.class)
                .setParameter("after", afterId).setMaxResults(BATCH).getResultList();
        long[] changed = {0};
        for (Complaint c : batch) {
            Representative r = c.representative();
            if (r != null && r.phoneEncrypted() != null && cipher.needsRotation(r.phoneEncrypted())) {
                r.reencryptPhone(reencrypt(r.phoneEncrypted()));
                changed[0]++;
            }
            c.reencryptGroupPhones(stored -> {
                if (!cipher.needsRotation(stored)) {
                    return stored;
                }
                changed[0]++;
                return reencrypt(stored);
            });
        }
        return new long[] {batch.size(), changed[0], batch.isEmpty() ? afterId : batch.get(batch.size() - 1).id()};
    }

    private String reencrypt(String stored) {
        return cipher.encrypt(ComplaintService.REPRESENTATIVE_PHONE_COLUMN,
                cipher.decrypt(ComplaintService.REPRESENTATIVE_PHONE_COLUMN, stored));
    }
}
