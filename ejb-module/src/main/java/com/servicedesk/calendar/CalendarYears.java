package com.servicedesk.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Creates a year's row in a transaction of its own, so that the first proposal for a year has a row
 * to lock. Two administrators proposing the same new year at once both get here; one insert wins
 * and the other finds the row there, which is all either needs.
 */
@Stateless
@PermitAll
public class CalendarYears {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(int year) {
        if (em.find(CalendarYear.class, year) != null) {
            return;
        }
        try {
            em.persist(new CalendarYear(year));
            em.flush();
        } catch (PersistenceException e) {
            // the other administrator's insert committed first: the row exists, which is what we wanted
        }
    }
}
