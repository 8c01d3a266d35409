package jp.spamcenter.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara builds the api's description on the first request to {@code /openapi}, which then takes seconds. The
 * first request to the center asks for it once in the background, over the loopback to the port that request
 * came in on, so that a partner reading the description finds it ready. Nothing of the request is used by the
 * background call, and nothing of the container: it runs on the HTTP client's own threads.
 */
@WebFilter(urlPatterns = "/*")
public class OpenApiWarmUp extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OpenApiWarmUp.class.getName());

    private final AtomicBoolean asked = new AtomicBoolean();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!asked.get() && asked.compareAndSet(false, true)) {
            warmUp(request.getLocalPort());
        }
        chain.doFilter(request, response);
    }

    private static void warmUp(int port) {
        var description = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi"))
                .timeout(Duration.ofMinutes(1))
                .build();
        HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .sendAsync(description, HttpResponse.BodyHandlers.discarding())
                .whenComplete((answer, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.FINE, "the api description was not prepared in advance", failure);
                    }
                });
    }
}
