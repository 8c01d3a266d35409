package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.NewComplaint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the report mailbox when configured ({@code mailbox.enabled=true}, {@code mailbox.host},
 * {@code mailbox.port}, {@code mailbox.ssl}, {@code mailbox.user}, {@code mailbox.password},
 * {@code mailbox.folder} (INBOX), {@code mailbox.done-folder} (Processed), {@code mailbox.poll-seconds} (30)).
 * With several instances only one polls at a time: it holds a database lock while it drains, and, where the
 * server offers IMAP IDLE, while it waits for new mail for up to {@code mailbox.idle-minutes} (10).
 */
@ApplicationScoped
public class MailboxPolling {

    private static final Logger LOG = Logger.getLogger(MailboxPolling.class.getName());
    private static final String LOCK = "spamcenter.report-mailbox";

    @Inject
    @ConfigProperty(name = "mailbox.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "mailbox.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "mailbox.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "mailbox.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "mailbox.user", defaultValue = "report")
    String user;

    @Inject
    @ConfigProperty(name = "mailbox.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mailbox.folder", defaultValue = "INBOX")
    String folder;

    @Inject
    @ConfigProperty(name = "mailbox.done-folder", defaultValue = "Processed")
    String doneFolder;

    @Inject
    @ConfigProperty(name = "mailbox.poll-seconds", defaultValue = "30")
    int pollSeconds;

    @Inject
    ComplaintService complaints;

    /** The center's clock. */
    @Inject
    java.time.Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    /**
     * Ends a quiet wait for new mail: a timer of its own, since the poll itself holds a thread of the scheduler
     * for the whole wait and a timer task queued behind it would never run.
     */
    private ScheduledExecutorService waitTimer;

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    /** How long one instance holds the mailbox, waiting for new mail (IDLE), before the lock is offered again. */
    @Inject
    @ConfigProperty(name = "mailbox.idle-minutes", defaultValue = "10")
    int idleMinutes;

    private ScheduledFuture<?> polling;
    private ReportMailbox mailbox;

    /** How the last round ended on this instance: when the mailbox was last read, and the last failure. */
    private volatile Instant lastRead;

    private volatile Instant lastFailedAt;
    private volatile String lastFailure;

    /** Whether the mailbox is polled, when this instance last read it, and why its last round failed, if it did. */
    public record State(boolean enabled, Instant lastRead, Instant lastFailedAt, String lastFailure) {

        /** Failing: the last round on this instance failed, and none read the mailbox since. */
        public boolean failing() {
            return lastFailedAt != null && (lastRead == null || lastFailedAt.isAfter(lastRead));
        }
    }

    public State state() {
        return new State(enabled, lastRead, lastFailedAt, lastFailure);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!enabled) {
            return;
        }
        mailbox = new ReportMailbox(
                new ReportMailbox.Settings(host, port, ssl, user, password.orElse(""), folder, doneFolder, 100));
        waitTimer = Executors.newSingleThreadScheduledExecutor(threads);
        polling = scheduler.scheduleWithFixedDelay(() -> poll(mailbox), 5, pollSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "polling the report mailbox " + user + "@" + host + ":" + port + " every " + pollSeconds + " s");
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        if (mailbox != null) {
            mailbox.stop();
        }
        if (waitTimer != null) {
            waitTimer.shutdownNow();
        }
    }

    private void poll(ReportMailbox mailbox) {
        try {
            var held = NamedLock.tryLock(dataSource, LOCK);
            if (held.isEmpty()) {
                return; // another instance is polling
            }
            try {
                int filed = mailbox.watch(
                        raw -> complaints.file(new NewComplaint(
                                null, null, null, Optional.empty(), Channel.PC_MAIL, raw, Intake.MAILBOX, null)),
                        Duration.ofMinutes(idleMinutes),
                        waitTimer);
                lastRead = clock.instant();
                if (filed > 0) {
                    LOG.info(() -> filed + " report(s) filed from the mailbox");
                }
            } finally {
                held.get().close();
            }
        } catch (Exception e) {
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            lastFailedAt = clock.instant();
            LOG.log(Level.WARNING, "the report mailbox could not be polled; next round retries", e);
        }
    }
}
