package com.servicedesk.web.portal;

import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.CustomerView;
import com.servicedesk.reference.IntakeChannel;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.reference.ServiceCategory;
import com.servicedesk.servicerequest.NewServiceRequest;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.servicerequest.ServiceRequestView;
import com.servicedesk.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Taking in a service request: who, on which channel, what about. */
@Named
@ViewScoped
public class ServiceRequestIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceRequestService requests;

    @EJB
    private CustomerService customers;

    @EJB
    private ReferenceDataService reference;

    @Inject
    private Messages messages;

    private CustomerView customer;
    private String channel = "PHONE";
    private String category;
    private String subject;
    private String description;

    public List<CustomerView> completeCustomer(String query) {
        return query == null || query.isBlank() ? List.of() : customers.search(query, new PageRequest(0, 12)).items();
    }

    public void register() throws IOException {
        if (customer == null) {
            messages.error("intake.customerHint");
            return;
        }
        ServiceRequestView created = requests.register(new NewServiceRequest(customer.id(), channel, category,
                subject, description));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        messages.infoAfterRedirect("sr.registered", created.reference());
        external.redirect(external.getRequestContextPath() + "/service-request.xhtml?id=" + created.id());
    }

    public List<IntakeChannel> getChannels() {
        return reference.intakeChannels().stream().filter(IntakeChannel::forService).toList();
    }

    public List<ServiceCategory> getCategories() {
        return reference.serviceCategories();
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
