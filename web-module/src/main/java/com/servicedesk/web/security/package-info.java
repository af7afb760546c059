/**
 * Authentication for both front ends over one identity store: HTTP Basic for the REST API (a 401
 * with a challenge, never a redirect) and form login for the portal; plus the response headers
 * that keep browsers safe.
 */
package com.servicedesk.web.security;
