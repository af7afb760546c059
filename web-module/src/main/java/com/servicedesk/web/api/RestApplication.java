package com.servicedesk.web.api;

import com.servicedesk.shared.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, version 1; its contract is fixed by API.md and served as OpenAPI at /openapi. */
@ApplicationPath("/api/v1")
@DeclareRoles({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class RestApplication extends Application {
}
