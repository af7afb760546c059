package com.servicedesk.web.portal;

import com.servicedesk.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the resource bundle in the user's language; business refusals by their code. */
@ApplicationScoped
public class Messages {

    static final String BUNDLE = "com.servicedesk.web.i18n.messages";

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        try {
            return MessageFormat.format(bundle.getString(key), arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A business rule's refusal, in the user's language where the bundle knows the rule. */
    public void refused(BusinessException e) {
        String key = "problem." + e.code();
        String text = text(key);
        add(FacesMessage.SEVERITY_ERROR, text.equals(key) ? e.getMessage() : text + " " + e.getMessage());
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
