package com.servicedesk.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of every 401: the error page the container sends when authentication fails (web.xml), the
 * same problem document as every other error of the API. The authentication mechanism sets the status
 * and the challenge and says why; writing the body itself committed the response before the container
 * sent its own error, which it then logged as a failure on every wrong password.
 */
@WebServlet("/problem/unauthorized")
public class UnauthorizedProblem extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute that carries the reason, a fixed sentence of the mechanism's. */
    public static final String DETAIL = UnauthorizedProblem.class.getName() + ".detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        SharedJsonb.JSONB.toJson(Problem.of(HttpServletResponse.SC_UNAUTHORIZED,
                detail == null ? "Sign in to use this resource." : detail.toString()), response.getWriter());
    }
}
