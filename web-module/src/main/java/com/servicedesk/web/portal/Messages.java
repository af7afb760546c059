package com.servicedesk.web.portal;

import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Faces messages from the resource bundle in the user's language; business refusals by their code. */
@ApplicationScoped
public class Messages {

    static final String BUNDLE = "com.servicedesk.web.i18n.messages";

    @Inject
    private UserSession session;

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

    /** An information message for the page the user is redirected to next. */
    public void infoAfterRedirect(String key, Object... arguments) {
        session.keepNotice(text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * A business rule's refusal in the user's language: the rule's own wording from the bundle (the
     * refused fields named for bad input), or, where the bundle does not know the rule, the domain's
     * message. The domain writes its messages in English: they are shown as they are to an English
     * user, and never tacked onto the Chinese wording.
     */
    public void refused(BusinessException e) {
        String key = "problem." + e.code();
        String text = text(key);
        if (text.equals(key) || isEnglish()) {
            add(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } else if (e instanceof InvalidInputException invalid) {
            add(FacesMessage.SEVERITY_ERROR, text + invalid.violations().stream()
                    .map(v -> text("field." + v.field()).equals("field." + v.field()) ? v.field() : text("field." + v.field()))
                    .distinct().collect(Collectors.joining("、")));
        } else {
            add(FacesMessage.SEVERITY_ERROR, text);
        }
    }

    private static boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
