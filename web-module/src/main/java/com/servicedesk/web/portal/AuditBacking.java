package com.servicedesk.web.portal;

import com.servicedesk.audit.AuditVerification;
import com.servicedesk.audit.AuditVerifier;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The auditor's page: run the verification of the whole trail and show the outcome. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AuditVerifier verifier;

    private AuditVerification result;
    private long millis;

    public void verify() {
        long started = System.nanoTime();
        result = verifier.verify();
        millis = (System.nanoTime() - started) / 1_000_000;
    }

    public AuditVerification getResult() {
        return result;
    }

    public long getMillis() {
        return millis;
    }
}
