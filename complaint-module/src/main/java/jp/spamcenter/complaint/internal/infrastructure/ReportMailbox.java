package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report mailbox over IMAP: each message in the inbox is handed to the intake, and moved to the done folder
 * only once its report is committed; a message that fails stays in the inbox for the next round.
 */
public final class ReportMailbox {

    private static final Logger LOG = Logger.getLogger(ReportMailbox.class.getName());

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

    public ReportMailbox(Settings settings) {
        this.settings = settings;
        var properties = new Properties();
        String protocol = settings.ssl() ? "imaps" : "imap";
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        this.session = Session.getInstance(properties);
    }

    /** Handles up to one batch of waiting messages; returns how many were filed and moved. */
    public int drain(Intake intake) throws MessagingException {
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
            } finally {
                inbox.close(true); // expunges the moved messages
            }
            return handled;
        }
    }

    private static byte[] bytesOf(Message message) throws IOException, MessagingException {
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
