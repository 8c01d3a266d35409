package jp.spamcenter.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the deployed center talks to before any integration test, so the container can deploy against
 * them: the embedded MariaDB and a real SMTP and IMAP server (GreenMail), all on 127.0.0.1; stops them when the
 * run ends. Only in the integration-test run (failsafe sets {@code it.db.port}, {@code it.smtp.port} and
 * {@code it.imap.port}).
 */
public class SuiteServices implements LauncherSessionListener {

    /** The report mailbox the deployed center polls (see arquillian.xml). */
    static final String MAILBOX_ADDRESS = "report@spamcenter.test";

    static final String MAILBOX_USER = "report";
    static final String MAILBOX_PASSWORD = "mailbox-Passw0rd";

    private static EmbeddedMariaDb database;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("it.db.port");
        if (dbPort == null || dbPort.isBlank() || database != null) {
            return;
        }
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        database = EmbeddedMariaDb.start(work.resolve("mariadb-" + dbPort), Integer.parseInt(dbPort));
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(Integer.parseInt(System.getProperty("it.smtp.port")), "127.0.0.1", "smtp"),
            new ServerSetup(Integer.parseInt(System.getProperty("it.imap.port")), "127.0.0.1", "imap")
        });
        mail.start();
        mail.setUser(MAILBOX_ADDRESS, MAILBOX_USER, MAILBOX_PASSWORD);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** A JDBC URL of the suite's database, for checks of what the center stored. */
    static String databaseUrl() {
        return database.jdbcUrl("spamcenter");
    }

    /** The SMTP server the center mails to during the suite. */
    static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("the suite's mail server runs only in the integration-test run");
        }
        return mail;
    }
}
