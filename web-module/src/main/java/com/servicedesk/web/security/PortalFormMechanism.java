package com.servicedesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for the portal. The login page's bean hands the credential over through
 * {@code SecurityContext.authenticate}; the session then remembers the caller, and an unsigned
 * request for a protected page is redirected to the login page.
 */
@PortalLogin
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class PortalFormMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No error response here: the login page stays and says why.
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.changeSessionId();
        return context.notifyContainerAboutLogin(result);
    }
}
