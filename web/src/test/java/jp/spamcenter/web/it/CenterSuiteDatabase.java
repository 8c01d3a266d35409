package jp.spamcenter.web.it;

import java.nio.file.Path;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the embedded MariaDB before any integration test, so the container can deploy against it, and stops
 * it when the test run ends. Only in the integration-test run (failsafe sets {@code it.db.port}).
 */
public class CenterSuiteDatabase implements LauncherSessionListener {

    private EmbeddedMariaDb database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || port.isBlank() || database != null) {
            return;
        }
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        database = EmbeddedMariaDb.start(work.resolve("mariadb-" + port), Integer.parseInt(port));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
