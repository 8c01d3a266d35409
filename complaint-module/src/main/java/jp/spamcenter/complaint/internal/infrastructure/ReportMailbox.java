package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * The report mailbox over IMAP: each message in the inbox is handed to the intake, and moved to the done folder
 * only once its report is committed; a message that fails stays in the inbox for the next round. Where the
 * server offers IDLE, new mail is handled as it arrives rather than at the next poll.
 */
public final class ReportMailbox {

    private static final Logger LOG = Logger.getLogger(ReportMailbox.class.getName());
    /** One IDLE at most this long: within the connection's read time-out, and a sign of life to the server. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    /** Where the mailbox is and where handled messages go. */
    public record Settings(
            String host,
            int port,
            boolean ssl,
            String user,
            String password,
            String inbox,
            String doneFolder,
            int batch) {}

    /** Files one message's bytes as a report; returns normally only once the report is committed. */
    @FunctionalInterface
    public interface Intake {
        void file(byte[] raw) throws Exception;
    }

    private final Settings settings;
    private final Session session;
    /** The folder waiting in IDLE, if one is. */
    private volatile Folder waiting;

    private volatile boolean stopped;

    public ReportMailbox(Settings settings) {
        this.settings = settings;
        var properties = new Properties();
        String protocol = settings.ssl() ? "imaps" : "imap";
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        this.session = Session.getInstance(properties);
    }

    /** Handles the waiting messages once; returns how many were filed and moved. */
    public int drain(Intake intake) throws MessagingException {
        return watch(intake, Duration.ZERO, null);
    }

    /**
     * Handles the waiting messages, then, where the server offers IMAP IDLE, waits for new ones and handles each
     * as it arrives, for up to {@code window}; returns how many were filed and moved.
     *
     * @param timer ends the last wait when the window closes (null when {@code window} is zero)
     */
    public int watch(Intake intake, Duration window, ScheduledExecutorService timer) throws MessagingException {
        long end = System.nanoTime() + window.toNanos();
        try (Store store = session.getStore(settings.ssl() ? "imaps" : "imap")) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder done = store.getFolder(settings.doneFolder());
            if (!done.exists()) {
                done.create(Folder.HOLDS_MESSAGES);
            }
            Folder inbox = store.getFolder(settings.inbox());
            inbox.open(Folder.READ_WRITE);
            int handled = 0;
            try {
                int round;
                do {
                    round = handle(inbox, done, intake);
                    handled += round;
                } while (round == settings.batch());
                boolean idle = store instanceof IMAPStore imap && imap.hasCapability("IDLE");
                while (idle && !stopped && System.nanoTime() < end) {
                    // IDLE returns when the server reports a change; the timer, or stop(), ends a quiet wait
                    long wait = Math.min(end - System.nanoTime(), LONGEST_WAIT.toNanos());
                    ScheduledFuture<?> wake = timer.schedule(() -> poke(inbox), wait, TimeUnit.NANOSECONDS);
                    waiting = inbox;
                    try {
                        ((IMAPFolder) inbox).idle(true);
                    } finally {
                        waiting = null;
                        wake.cancel(false);
                    }
                    do {
                        round = handle(inbox, done, intake);
                        handled += round;
                    } while (round == settings.batch());
                }
            } finally {
                inbox.close(true); // expunges the moved messages
            }
            return handled;
        }
    }

    /** Ends a wait for new mail now (the application is stopping). */
    public void stop() {
        stopped = true;
        Folder folder = waiting;
        if (folder != null) {
            poke(folder);
        }
    }

    /** Any command on the folder ends its IDLE. */
    private static void poke(Folder folder) {
        try {
            folder.getMessageCount();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "the wait for mail ended with an error; the next round reconnects", e);
        }
    }

    /** Files and moves up to one batch of the messages in the inbox; returns how many. */
    private int handle(Folder inbox, Folder done, Intake intake) throws MessagingException {
        int handled = 0;
        Message[] messages = inbox.getMessages();
        for (int i = 0; i < messages.length && handled < settings.batch(); i++) {
            Message message = messages[i];
            if (message.isSet(Flags.Flag.DELETED)) {
                continue;
            }
            byte[] raw;
            try {
                raw = bytesOf(message);
                intake.file(raw);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "a mailbox message was not filed; it stays for the next round", e);
                continue;
            }
            // only now, with the report committed, does the message leave the inbox
            inbox.copyMessages(new Message[] {message}, done);
            message.setFlag(Flags.Flag.DELETED, true);
            handled++;
        }
        if (handled > 0) {
            inbox.expunge();
        }
        return handled;
    }

    private static byte[] bytesOf(Message message) throws IOException, MessagingException {
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
