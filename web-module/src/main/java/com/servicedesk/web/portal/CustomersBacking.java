package com.servicedesk.web.portal;

import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.CustomerView;
import com.servicedesk.security.PersonalDataKind;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The customer search page: a lazily paged table over the caller's scope. */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customers;

    @Inject
    private Messages messages;

    private String query;
    private CustomerView revealing;
    private PersonalDataKind revealField = PersonalDataKind.ID_NUMBER;
    private String revealReason;
    private String revealed;

    private final LazyDataModel<CustomerView> model = PagedModel.of(this::search, customer -> Long.toString(customer.id()));

    private Page<CustomerView> search(int page, int size) {
        try {
            return customers.search(query, new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    /** Opens the dialog that shows one clear value for a stated reason. */
    public void prepareReveal(CustomerView customer) {
        revealing = customer;
        revealReason = null;
        revealed = null;
    }

    public void reveal() {
        revealed = customers.reveal(revealing.id(), revealField, revealReason);
    }

    public CustomerView getRevealing() {
        return revealing;
    }

    public PersonalDataKind getRevealField() {
        return revealField;
    }

    public void setRevealField(PersonalDataKind revealField) {
        this.revealField = revealField;
    }

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
    }

    public String getRevealed() {
        return revealed;
    }

    public PersonalDataKind[] getRevealFields() {
        return new PersonalDataKind[] {PersonalDataKind.ID_NUMBER, PersonalDataKind.PHONE, PersonalDataKind.EMAIL};
    }

    public LazyDataModel<CustomerView> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
