package jp.spamcenter.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every page loads only from the center itself and tells browsers not to leak where the visitor came from:
 * no request to a third party ever leaves a citizen's or an advisor's browser because of our pages. The headers
 * are set on every dispatch, error and expired pages included (the container clears a response's headers before
 * it renders an error page). Pages are never stored by a browser or a cache on the way, since they may show a
 * citizen's report or a case; only the static resources (scripts, styles, images) are.
 *
 * <p>Scripts run only from the center's own files or with the page's nonce: PrimeFaces' CSP mode (web.xml,
 * {@code primefaces.CSP}) gives every script it renders, its own and Faces', a fresh nonce, turns inline event
 * handlers into scripts with that nonce, and sends {@link #PAGE_POLICY} with {@code 'nonce-…'} appended. A
 * response that states its own policy this way (a page, the spam's HTML) replaces the default rather than
 * adding a second one, which a browser would enforce as well.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String FRAME_OPTIONS = "X-Frame-Options";

    /**
     * The pages' policy; it ends with {@code script-src} so that PrimeFaces can append the page's nonce. Styles
     * stay inline-capable: PrimeFaces' widgets position themselves with style attributes.
     */
    public static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'self'; object-src 'none'; script-src 'self'";

    /** A script, style sheet or image of the pages: the same for everybody, cacheable. */
    public static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, PAGE_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(FRAME_OPTIONS, "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OwnPolicy(response));
    }

    /** The policy bean the pages' PrimeFaces reads ({@code primefaces.CSP_POLICY} in web.xml). */
    @jakarta.inject.Named("contentSecurity")
    @jakarta.enterprise.context.ApplicationScoped
    public static class Pages {

        public String getPolicy() {
            return PAGE_POLICY;
        }
    }

    /** A response whose own policy or framing rule replaces the default instead of joining it. */
    private static final class OwnPolicy extends HttpServletResponseWrapper {

        OwnPolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (replacesDefault(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean replacesDefault(String name) {
            return CSP.equalsIgnoreCase(name) || FRAME_OPTIONS.equalsIgnoreCase(name);
        }
    }
}
