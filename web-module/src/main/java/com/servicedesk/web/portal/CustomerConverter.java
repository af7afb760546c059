package com.servicedesk.web.portal;

import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.CustomerView;
import com.servicedesk.shared.BusinessException;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;


/** A customer picked in a form travels as its number and comes back as the customer, read in scope. */
@FacesConverter(forClass = CustomerView.class)
public class CustomerConverter implements Converter<CustomerView> {

    @Override
    public CustomerView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        try {
            // Converters made for a class are not CDI beans: look the service up.
            return CDI.current().select(CustomerService.class).get().get(Long.parseLong(value));
        } catch (BusinessException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerView value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
