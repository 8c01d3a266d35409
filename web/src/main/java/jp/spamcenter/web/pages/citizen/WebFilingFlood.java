package jp.spamcenter.web.pages.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.web.http.ClientAddress;
import jp.spamcenter.web.http.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymous web filings per client: evidence is never refused and no report is lost, but past
 * {@code web.filings-per-hour} (10) accepted reports in an hour from one client, its further reports of the day
 * carry a flood key, and the advice module puts them all in one case instead of one each, so that a flood
 * does not bury the advisors' queues. The key is a hash of the client's address and the day: the address itself
 * is not kept. Counted in the shared rate windows, so every instance sees the same count.
 */
@RequestScoped
public class WebFilingFlood {

    private static final Logger LOG = Logger.getLogger(WebFilingFlood.class.getName());
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clients;

    @Inject
    HttpServletRequest request;

    /** The center's clock. */
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "web.filings-per-hour", defaultValue = "10")
    int filingsPerHour;

    /**
     * Clients never counted as a flood (comma-separated addresses): an office that files for many citizens, such
     * as a consumer center's desk behind one address.
     */
    @Inject
    @ConfigProperty(name = "web.flood-exempt-clients", defaultValue = " ")
    String exemptClients;

    /** The flood key of this request's client when it is past its rate; empty otherwise. */
    public Optional<String> keyOfThisClient() {
        String client = clients.of(request);
        if (exempt(client) || !limits.reached(bucket(client), filingsPerHour, WINDOW)) {
            return Optional.empty();
        }
        String key = key(client, LocalDate.now(clock.withZone(CenterTime.ZONE)));
        LOG.warning(() -> "web filings past " + filingsPerHour + " an hour from one client: filed in flood " + key);
        return Optional.of(key);
    }

    /** Counts an accepted filing of this request's client. */
    public void filed() {
        String client = clients.of(request);
        if (!exempt(client)) {
            limits.count(bucket(client), WINDOW);
        }
    }

    private boolean exempt(String client) {
        for (String exempt : exemptClients.split(",")) {
            if (exempt.strip().equals(client)) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(String client) {
        return "web-filing:" + client;
    }

    /** {@code flood-}, ten hex digits of SHA-256 of the client and the day, then the day: 23 characters. */
    static String key(String client, LocalDate day) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest((client + "|" + day).getBytes(StandardCharsets.UTF_8));
            return "flood-" + HexFormat.of().formatHex(hash, 0, 5) + "-" + DAY.format(day);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
