package jp.spamcenter.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every page loads only from the center itself and tells browsers not to leak where the visitor came from:
 * no request to a third party ever leaves a citizen's or an advisor's browser because of our pages. The headers
 * are set on every dispatch, error and expired pages included (the container clears a response's headers before
 * it renders an error page). Pages are never stored by a browser or a cache on the way, since they may show a
 * citizen's report or a case; only the static resources (scripts, styles, images) are.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces still needs inline scripts and styles; everything comes from 'self' all the same. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** A script, style sheet or image of the pages: the same for everybody, cacheable. */
    public static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /**
     * A spam's sanitised HTML, shown in the case page's sandboxed frame: it may load nothing at all (images only
     * as data: addresses), run nothing, and be framed by the center's own pages only.
     */
    static final String EVIDENCE_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline';"
            + " frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

    private static final java.util.regex.Pattern EVIDENCE_HTML =
            java.util.regex.Pattern.compile("/api/v1/complaints/\\d+/html");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean evidence = EVIDENCE_HTML
                .matcher(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                .matches();
        response.setHeader("Content-Security-Policy", evidence ? EVIDENCE_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", evidence ? "SAMEORIGIN" : "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
