package com.servicedesk.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of every 401: the error page the container sends when authentication fails (web.xml). The
 * mechanism only sets the status and says why; writing the body itself committed the response
 * before the container sent its own error, which it then logged as a failure on every wrong password.
 */
@WebServlet("/problem/unauthorized")
public class UnauthorizedProblem extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute that carries the reason, a fixed sentence of the mechanism's. */
    static final String DETAIL = UnauthorizedProblem.class.getName() + ".detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", RoutingAuthenticationMechanism.CHALLENGE);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"" + (detail == null ? "Sign in to use this resource." : detail) + "\"}");
    }
}
