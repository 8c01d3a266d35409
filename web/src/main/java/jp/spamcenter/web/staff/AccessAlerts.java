package jp.spamcenter.web.staff;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import jp.spamcenter.complaint.api.AccessAudit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watches for an account reading or exporting the data of more than {@code audit.alert-persons-per-day} (1,000)
 * persons in a day, as a leak of that size must be reported: every hour each such account is logged at SEVERE
 * for the operators' monitoring, and the audit page shows it to administrators and supervisors as an alert.
 */
@Singleton
@Lock(LockType.READ)
public class AccessAlerts {

    private static final Logger LOG = Logger.getLogger(AccessAlerts.class.getName());

    @Inject
    AccessAudit audit;

    /** The center's clock. */
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "audit.alert-persons-per-day", defaultValue = "1000")
    int persons;

    /** The accounts over the limit in the last 24 hours, most first. */
    public List<AccessAudit.HeavyReader> current() {
        return audit.heavyReaders(clock.instant().minus(Duration.ofDays(1)), persons);
    }

    public int persons() {
        return persons;
    }

    @Schedule(minute = "7", hour = "*", persistent = false)
    void hourly() {
        try {
            for (AccessAudit.HeavyReader reader : current()) {
                LOG.severe("ALERT: account '" + SignInGuard.loggable(reader.actor()) + "' read the data of "
                        + reader.persons() + " persons in the last 24 hours (limit " + persons
                        + "): see /audit/access.xhtml");
            }
        } catch (RuntimeException e) {
            LOG.warning("the access alert could not be checked; next hour retries: " + e);
        }
    }
}
