package jp.spamcenter.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import jp.spamcenter.web.http.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits wrong staff passwords, per user name and per client, in windows every instance shares, and logs
 * every failed and refused sign-in. Only failures count: a member who signs in right is never held back by
 * their own successes. While a limit is reached no password is checked at all.
 */
@ApplicationScoped
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

    @Inject
    RateLimits limits;

    @Inject
    @ConfigProperty(name = "staff.sign-in.failures-per-user", defaultValue = "5")
    int failuresPerUser;

    @Inject
    @ConfigProperty(name = "staff.sign-in.failures-per-client", defaultValue = "20")
    int failuresPerClient;

    @Inject
    @ConfigProperty(name = "staff.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** Whether sign-ins of this user name or from this client are refused for now; logs a refusal. */
    public boolean refused(String username, String client) {
        Duration window = window();
        boolean refused = limits.reached(userKey(username), failuresPerUser, window)
                || limits.reached(clientKey(client), failuresPerClient, window);
        if (refused) {
            LOG.warning("staff sign-in refused without a check, too many failures: user name '" + loggable(username)
                    + "' from " + loggable(client));
        }
        return refused;
    }

    /** Counts and logs a wrong user name or password. */
    public void failed(String username, String client) {
        Duration window = window();
        limits.count(userKey(username), window);
        limits.count(clientKey(client), window);
        LOG.warning("staff sign-in failed: user name '" + loggable(username) + "' from " + loggable(client));
    }

    public void succeeded(String username, String client) {
        LOG.info("staff sign-in: '" + loggable(username) + "' from " + loggable(client));
    }

    /** How long a reached limit holds, for the page's message. */
    public int lockMinutes() {
        return lockMinutes;
    }

    private Duration window() {
        return Duration.ofMinutes(lockMinutes);
    }

    private static String userKey(String username) {
        return "sign-in-user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "sign-in-client:" + client;
    }

    /** A user's typing in the log: printable ASCII only, at most 64 characters (no forged log lines). */
    static String loggable(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder();
        text.codePoints().limit(64).forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '\'' ? (char) c : '?'));
        return out.toString();
    }
}
