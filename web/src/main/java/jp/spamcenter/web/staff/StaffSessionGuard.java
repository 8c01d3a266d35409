package jp.spamcenter.web.staff;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;
import jp.spamcenter.web.http.SecurityHeaders;

/**
 * Every request of a signed-in member is checked against their account as it is now, in the database every
 * instance shares: a member whose account was disabled, removed or given other roles since they signed in is
 * signed out at once, on whichever instance their next request lands, and must sign in again.
 */
@WebFilter(urlPatterns = "/*")
public class StaffSessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaffSessionGuard.class.getName());

    /** The login page's parameter that says why the session ended. */
    public static final String ENDED = "ended";

    @Inject
    transient StaffAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        // a page's scripts and styles are the same for everybody: no account read for each of them
        if (caller == null || SecurityHeaders.isStaticResource(request) || holds(caller.getName(), request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning("signed out '" + SignInGuard.loggable(caller.getName())
                + "': the account was disabled or its roles changed since sign-in");
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"title\":\"Signed out\",\"status\":401,"
                            + "\"detail\":\"The account was disabled or its roles changed: sign in again.\"}");
        } else {
            response.sendRedirect(request.getContextPath() + "/staff/login.xhtml?" + ENDED + "=true");
        }
    }

    /** Whether the account is still enabled with exactly the roles the session was signed in with. */
    private boolean holds(String username, HttpServletRequest request) {
        Optional<StaffMember> member = accounts.find(username);
        if (member.isEmpty() || !member.get().enabled()) {
            return false;
        }
        for (StaffRole role : StaffRole.values()) {
            if (request.isUserInRole(role.name()) != member.get().roles().contains(role)) {
                return false;
            }
        }
        return true;
    }
}
