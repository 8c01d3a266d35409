package jp.spamcenter.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the deployed center talks to before any integration test, so the container can deploy against
 * them: the embedded MariaDB and a real SMTP server (GreenMail), both on 127.0.0.1; stops them when the run
 * ends. Only in the integration-test run (failsafe sets {@code it.db.port} and {@code it.smtp.port}).
 */
public class SuiteServices implements LauncherSessionListener {

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
        mail = new GreenMail(
                new ServerSetup(Integer.parseInt(System.getProperty("it.smtp.port")), "127.0.0.1", "smtp"));
        mail.start();
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

    /** The SMTP server the center mails to during the suite. */
    static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("the suite's mail server runs only in the integration-test run");
        }
        return mail;
    }
}
