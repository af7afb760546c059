package com.servicedesk.web.portal;

import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.security.StaffDirectory;
import com.servicedesk.shared.Role;
import com.servicedesk.workqueue.SavedViewView;
import com.servicedesk.workqueue.SavedViews;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in member of staff for the length of a portal session: who they are, what their
 * role shows them, and the language they chose (kept with their account for next time).
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Duration VIEW_COUNTS_FOR = Duration.ofMinutes(1);

    @EJB
    private CallerContext callers;

    @EJB
    private StaffDirectory directory;

    @EJB
    private SavedViews savedViews;

    private Locale locale = CHINESE;
    /** The menu's saved views with their counts, read again after {@link #VIEW_COUNTS_FOR} or a change. */
    private List<SavedViewView> views;
    private Instant viewsReadAt;
    private Caller caller;
    /** Whether the language was picked on the sign-in page, before anyone signed in. */
    private boolean pickedBeforeSignIn;
    /**
     * Messages for the page after a redirect, shown once: kept here rather than in the Faces flash,
     * whose cookie is encrypted with a key of each server's own and so would not survive a failover.
     */
    private final java.util.ArrayList<String> notices = new java.util.ArrayList<>();

    /**
     * Called once the container knows the user: loads their profile, and their stored language unless
     * they picked one on the sign-in page (which the sign-in stores as theirs).
     */
    void signedIn(String username) {
        caller = callers.find(username).orElse(null);
        if (!pickedBeforeSignIn) {
            locale = "en".equals(directory.localeOf(username)) ? Locale.ENGLISH : CHINESE;
        }
        pickedBeforeSignIn = false;
    }

    /** The language picked on the sign-in page, as the staff directory stores it, or null. */
    String pickedLocale() {
        return pickedBeforeSignIn ? (isEnglish() ? "en" : "zh_CN") : null;
    }

    public Caller getCaller() {
        if (caller == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String user = faces == null ? null : faces.getExternalContext().getRemoteUser();
            if (user != null) {
                signedIn(user);
            }
        }
        return caller;
    }

    /** Keeps an information message for the next page rendered (after a redirect). */
    void keepNotice(String text) {
        synchronized (notices) {
            notices.add(text);
        }
    }

    /** Shows the kept messages on the page being rendered, once (the layout calls it before rendering). */
    public void deliverNotices() {
        synchronized (notices) {
            if (notices.isEmpty()) {
                return;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            notices.forEach(text -> faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO, text, null)));
            notices.clear();
        }
    }

    public boolean isSignedIn() {
        return getCaller() != null;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    public String switchLanguage(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : CHINESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        if (isSignedIn()) {
            directory.changeOwnLocale("en".equals(language) ? "en" : "zh_CN");
        } else {
            pickedBeforeSignIn = true;
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public boolean hasRole(String role) {
        return isSignedIn() && caller.role() == Role.valueOf(role);
    }

    /** Whether the role works with customers and cases (not the administrator). */
    public boolean isBusinessUser() {
        return isSignedIn() && caller.role().seesBusinessData();
    }

    /**
     * The saved views the menu lists with their counts: counted at most once a minute, so that a page
     * does not run every view's count each time it is shown.
     */
    public List<SavedViewView> getViews() {
        if (!isBusinessUser()) {
            return List.of();
        }
        if (views == null || viewsReadAt.plus(VIEW_COUNTS_FOR).isBefore(Instant.now())) {
            views = savedViews.visible(null);
            viewsReadAt = Instant.now();
        }
        return views;
    }

    /** The views or their counts changed: the menu reads them again. */
    void forgetViews() {
        views = null;
    }

    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String username = external.getRemoteUser();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // the session is invalidated below in any case
        }
        if (username != null) {
            directory.recordSignOut(username);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
