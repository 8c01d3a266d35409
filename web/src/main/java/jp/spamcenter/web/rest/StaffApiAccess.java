package jp.spamcenter.web.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * The staff's downloads and tools under {@code /api} (evidence, referral letters, statistics, exports, the
 * analysis) answer as an api does: 401 problem+json without a signed-in staff session, 403 problem+json for a
 * member without the role, never a redirect to the HTML login page that a script or {@code curl} cannot follow.
 * The roles are the resource method's {@link RolesAllowed} (or its class's); the session is the one the staff
 * sign-in set up, which the security mechanism re-applies on every request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class StaffApiAccess implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null && resource.getResourceClass() != null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Problem.response(
                    Response.Status.UNAUTHORIZED,
                    "staff-session",
                    "Not signed in",
                    "This is a staff download: sign in at /staff/login.xhtml and send the session cookie with"
                            + " the request. Partners file reports at /api/v1/reports with their api key."));
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.response(
                    Response.Status.FORBIDDEN,
                    "role",
                    "Not allowed",
                    "This needs the role " + String.join(" or ", allowed.value()) + ", which your account lacks."));
        }
    }
}
