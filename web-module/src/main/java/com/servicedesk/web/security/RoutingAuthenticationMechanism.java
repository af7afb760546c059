package com.servicedesk.web.security;

import com.servicedesk.web.api.UnauthorizedProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The application's one authentication mechanism. Under {@code /api/} it speaks HTTP Basic: every
 * request carries credentials, and a missing or wrong one gets a 401 problem with a challenge,
 * never a redirect. Everywhere else it hands over to the portal's form login.
 */
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String CHALLENGE = "Basic realm=\"Service Desk\", charset=\"UTF-8\"";

    @Inject
    @PortalLogin
    private HttpAuthenticationMechanism portal;

    @Inject
    private IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return portal.validateRequest(request, response, context);
        }
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        if (credential == null && !context.isProtected()) {
            return context.doNothing();
        }
        return challenge(request, response, credential == null
                ? "This API needs HTTP Basic credentials."
                : "The username or password is not correct.");
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : portal.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            portal.cleanSubject(request, response, context);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /** The credential of a well-formed Basic header, or null for none or a malformed one. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /**
     * Fails the request with a Basic challenge. The status and the reason only: the container then sends
     * its 401 error page, {@link UnauthorizedProblem}, which writes the problem.
     */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  String detail) {
        request.setAttribute(UnauthorizedProblem.DETAIL, detail);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
