package jp.spamcenter.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * HTTP latencies as a MicroProfile Metrics timer ({@code http_request_seconds}), by part of the center — the
 * partners' and staff's api, the staff pages, the citizen pages, static resources — and by status class, so that
 * the figures stay few whatever the paths.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTiming extends HttpFilter {

    @Inject
    MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            registry.timer(
                            "http_request",
                            new Tag(
                                    "area",
                                    area(request.getRequestURI()
                                            .substring(request.getContextPath().length()))),
                            new Tag("status", (response.getStatus() / 100) + "xx"))
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    static String area(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "citizen";
        }
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "resource";
        }
        if (path.startsWith("/advisor/")
                || path.startsWith("/manager/")
                || path.startsWith("/admin/")
                || path.startsWith("/staff/")) {
            return "staff";
        }
        return "citizen";
    }
}
