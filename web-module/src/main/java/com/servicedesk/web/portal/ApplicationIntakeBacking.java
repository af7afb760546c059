package com.servicedesk.web.portal;

import com.servicedesk.application.ApplicationService;
import com.servicedesk.application.ApplicationTypeView;
import com.servicedesk.application.ApplicationView;
import com.servicedesk.application.NewApplication;
import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.CustomerView;
import com.servicedesk.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Starting a business application: customer, type, and the checklist of the type's documents. */
@Named
@ViewScoped
public class ApplicationIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @EJB
    private CustomerService customers;

    @Inject
    private Messages messages;

    private List<ApplicationTypeView> types;
    private CustomerView customer;
    private String type;
    private String description;
    private List<String> documents = new ArrayList<>();

    @PostConstruct
    void load() {
        types = applications.types();
    }

    public List<CustomerView> completeCustomer(String query) {
        return query == null || query.isBlank() ? List.of() : customers.search(query, new PageRequest(0, 12)).items();
    }

    public void typeChanged() {
        documents = new ArrayList<>();
    }

    public List<ApplicationTypeView.Document> getChecklist() {
        return types.stream().filter(t -> t.code().equals(type)).findFirst()
                .map(ApplicationTypeView::requiredDocuments).orElse(List.of());
    }

    public void create() throws IOException {
        if (customer == null) {
            messages.error("intake.customerHint");
            return;
        }
        ApplicationView created = applications.create(new NewApplication(customer.id(), type, description,
                new HashSet<>(documents)));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        messages.infoAfterRedirect("app.created", created.reference());
        external.redirect(external.getRequestContextPath() + "/application.xhtml?id=" + created.id());
    }

    public List<ApplicationTypeView> getTypes() {
        return types;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
    }
}
