package jp.spamcenter.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import jp.spamcenter.web.http.RateLimits;
import jp.spamcenter.web.partners.ApiKeys;
import jp.spamcenter.web.partners.Partner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Before a partner's body is read: the api key (401), its scope (403), the key's rate (429), the
 * Idempotency-Key's form (400) and the announced length (413). The body is then read through a cap, so that a
 * body without a length cannot grow past {@code api.max-body-bytes} either: nothing a stranger sends is read
 * beyond its first bytes.
 */
@Provider
@PartnerKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class PartnerKeyFilter implements ContainerRequestFilter {

    @Inject
    ApiKeys keys;

    @Inject
    RateLimits limits;

    @Inject
    RequestPartner requestPartner;

    @Inject
    @ConfigProperty(name = "api.requests-per-minute", defaultValue = "6000")
    int requestsPerMinute;

    /** A batch's body at most: four messages of the largest size (mbox and base64 JSON alike). */
    @Inject
    @ConfigProperty(name = "api.max-body-bytes", defaultValue = "104857600")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Partner> partner = Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .flatMap(a -> keys.partnerWithKey(a.substring(7).strip()));
        if (partner.isEmpty()) {
            request.abortWith(closing(Problem.builder(
                            Response.Status.UNAUTHORIZED,
                            "api-key",
                            "No valid api key",
                            "Send your api key as: Authorization: Bearer sck_…")
                    .header("WWW-Authenticate", "Bearer")));
            return;
        }
        if (!partner.get().may(Partner.REPORTS_WRITE)) {
            request.abortWith(closing(Problem.builder(
                    Response.Status.FORBIDDEN, "scope", "Not allowed", "This key may not file reports.")));
            return;
        }
        if (!limits.tryAcquire("api:" + partner.get().keyId(), requestsPerMinute, Duration.ofMinutes(1))) {
            request.abortWith(closing(Problem.builder(
                            Response.Status.TOO_MANY_REQUESTS,
                            "rate-limit",
                            "Too many requests",
                            "At most " + requestsPerMinute + " requests a minute per key.")
                    .header("Retry-After", "60")));
            return;
        }
        String idempotencyKey = request.getHeaderString("Idempotency-Key");
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            request.abortWith(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "idempotency-key",
                    "Bad Idempotency-Key",
                    "An Idempotency-Key has 1 to 100 characters."));
            return;
        }
        if (request.getLength() > maxBodyBytes) {
            request.abortWith(closing(Problem.builder(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large", "Body too large", tooLarge())));
            return;
        }
        request.setEntityStream(new Capped(request.getEntityStream(), maxBodyBytes));
        requestPartner.accept(partner.get());
    }

    private String tooLarge() {
        return "A request's body may have at most " + maxBodyBytes + " bytes.";
    }

    /** A refusal that also ends the connection, so that the server does not read the rest of the body. */
    private static Response closing(Response.ResponseBuilder refusal) {
        return refusal.header("Connection", "close").build();
    }

    /** Read past the cap: the request is answered 413 ({@link ProblemMappers.BodyTooLarge}). */
    public static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge(long cap) {
            super("A request's body may have at most " + cap + " bytes.");
        }
    }

    /** The body, failing once it passes the cap. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private long read;

        Capped(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws BodyTooLarge {
            read += n;
            if (read > cap) {
                throw new BodyTooLarge(cap);
            }
        }
    }
}
