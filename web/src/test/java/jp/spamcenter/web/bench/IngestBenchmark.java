package jp.spamcenter.web.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import jp.spamcenter.complaint.testsupport.TypicalSpam;
import jp.spamcenter.web.config.MariaDbLocalDataSource;
import jp.spamcenter.web.launch.PayaraMicro;

/**
 * Ingestion through the partners' api, and a crash in the middle of it.
 *
 * <ol>
 *   <li>Warm-up: a tenth of the messages (at most 10,000) filed in batches, then {@code --warm-up-requests}
 *       (10,000) requests of one message each, all analysed, unmeasured: the JIT compiles a method for good after
 *       about ten thousand calls, and the request path (HTTP, JAX-RS, CDI, transactions, the pool) runs once per
 *       request, so that a burst of two thousand requests otherwise runs while a core compiles.
 *   <li>Ingest: {@code --messages} generated messages (5–50 KB) posted as mbox batches of {@code --batch} by
 *       {@code --clients} concurrent clients; prints reports/s accepted, reports/s analysed, p50/p99 latency per
 *       request; the same bytes inserted by raw batched JDBC into the same MariaDB with as many connections,
 *       before the burst and after it (as JDBC batches and as multi-row statements), and the ratio of the
 *       accepted rate to the fastest of those four.
 *   <li>Crash: a burst like the first; the server is killed (SIGKILL) after {@code --crash-after} reports
 *       were accepted, restarted, and the accepted reports are looked for: stored, and analysed after recovery.
 * </ol>
 */
public final class IngestBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final Path war;
    private final Path microJar;
    private final Path work;
    private final int clients;
    private final int batch;
    /** Extra options for the server's JVM (a profiler, for example). */
    private final List<String> serverJvmOptions;
    /** Extra configuration for the server, as environment variables (NAME=value,NAME=value). */
    private final Map<String, String> serverEnv = new HashMap<>();

    private final EmbeddedMariaDb db;
    private final int port;
    private final String jdbcUrl;
    private final List<byte[]> pool = TypicalSpam.messages(new Random(2026), 500);
    /**
     * The pool quoted for mbox once (a body line starting "From " would split the message), so that the clients,
     * which share the machine with the server, spend no time on it during the burst.
     */
    private final List<byte[]> quoted = pool.stream()
            .map(message -> new String(message, StandardCharsets.ISO_8859_1)
                    .replace("\nFrom ", "\n>From ")
                    .getBytes(StandardCharsets.ISO_8859_1))
            .toList();

    private final String key = "sck_bench_" + Long.toHexString(new Random().nextLong());
    private Process server;

    private IngestBenchmark(Map<String, String> options) throws IOException {
        war = Path.of(options.get("war"));
        microJar = Path.of(options.get("micro-jar"));
        work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
        clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        batch = Integer.parseInt(options.getOrDefault("batch", "50"));
        for (String setting : options.getOrDefault("server-env", "").split(",")) {
            if (setting.contains("=")) {
                serverEnv.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        serverJvmOptions = java.util.Arrays.stream(
                        options.getOrDefault("server-jvm", "").split(" "))
                .filter(option -> !option.isBlank())
                .toList();
        Files.createDirectories(work);
        db = EmbeddedMariaDb.start(work.resolve("mariadb-" + System.nanoTime()), freePort());
        jdbcUrl = db.jdbcUrl("spamcenter") + (db.jdbcUrl("spamcenter").contains("?") ? "&" : "?")
                + "createDatabaseIfNotExist=true";
        port = freePort();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        int messages = Integer.parseInt(options.getOrDefault("messages", "100000"));
        int crashAfter = Integer.parseInt(options.getOrDefault("crash-after", "5000"));
        var bench = new IngestBenchmark(options);
        try {
            bench.startServer();
            bench.issueKey();
            bench.warmUp(
                    Math.min(WARM_UP, messages / 10),
                    Integer.parseInt(options.getOrDefault("warm-up-requests", "10000")));
            bench.ingest(messages);
            if (crashAfter > 0) {
                bench.crash(crashAfter);
            }
        } finally {
            bench.stopServer();
            bench.db.close();
        }
    }

    // ---- ingest ----------------------------------------------------------------------------------------------

    /** Reports filed before the measured burst, so that it measures a server whose code is compiled. */
    private static final int WARM_UP = 10_000;

    /**
     * Bursts that are not measured (batches, then requests of one message), then a wait until their reports are
     * analysed (the queue is empty again).
     */
    private void warmUp(int messages, int requests) throws Exception {
        if (messages <= 0) {
            return;
        }
        say("warm-up: %,d messages in batches of %d, then %,d requests of one".formatted(messages, batch, requests));
        long analysedBefore = count("SELECT COUNT(*) FROM cmp_analysis");
        var result = burst(messages, batch, new AtomicInteger());
        result.accepted.addAll(burst(requests, 1, new AtomicInteger()).accepted);
        awaitAnalyses(analysedBefore, result.accepted.size());
    }

    private void ingest(int messages) throws Exception {
        say("ingest: %,d messages (%.1f KB average), %d clients, batches of %d"
                .formatted(
                        messages,
                        pool.stream().mapToInt(m -> m.length).average().orElse(0) / 1024,
                        clients,
                        batch));
        // the database's own rate, before the burst (a quiet database) and after it; the faster one counts
        say("raw insert before the ingest:");
        double rawBefore = rawInsert(messages);
        long analysedBefore = count("SELECT COUNT(*) FROM cmp_analysis");
        long countedBefore = counted();
        var depth = new QueueDepth();
        var sampler = started(depth::sample);
        var result = burst(messages, batch, new AtomicInteger());
        double seconds = result.nanos / 1e9;
        double accepted = result.accepted.size() / seconds;
        // analysis and counting run after commit: wait until every accepted report is analysed, then counted
        long start = result.startNanos;
        awaitAnalyses(analysedBefore, result.accepted.size());
        double analysed = result.accepted.size() / ((System.nanoTime() - start) / 1e9);
        awaitCounted(countedBefore + result.accepted.size());
        double endToEnd = result.accepted.size() / ((System.nanoTime() - start) / 1e9);
        sampler.interrupt();
        sampler.join();
        long[] latencies =
                result.latencies.stream().mapToLong(Long::longValue).sorted().toArray();

        say("raw insert after the ingest (and its analyses):");
        double rawAfter = rawInsert(messages);
        double raw = Math.max(rawBefore, rawAfter);
        say("");
        say("=== ingest benchmark: %,d reports through POST /api/v1/reports (application/mbox, %d per request),"
                .formatted(result.accepted.size(), batch));
        say("    %d concurrent clients, server and MariaDB on this machine (%d cores) ==="
                .formatted(clients, Runtime.getRuntime().availableProcessors()));
        say("accepted          : %8.0f reports/s".formatted(accepted));
        say("analysed          : %8.0f reports/s (from the first request until all were analysed)".formatted(analysed));
        say("end to end        : %8.0f reports/s (from the first request until all were stored, analysed and counted)"
                .formatted(endToEnd));
        say("end to end / accepted : %4.1f %%".formatted(100 * endToEnd / accepted));
        say("largest queue     : %,8d reports waiting for analysis, %,d events for the statistics"
                .formatted(depth.analyses, depth.statistics));
        say("latency p50 / p99 : %8.1f / %.1f ms per request of %d reports"
                .formatted(percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6, batch));
        say("raw JDBC insert   : %8.0f rows/s (same bytes, batches of %d, %d connections; before %.0f, after %.0f;"
                        .formatted(raw, batch, clients, rawBefore, rawAfter)
                + " the fastest of both ways, before or after)");
        say("accepted / raw    : %8.1f %%".formatted(100 * accepted / raw));
        say("counted once      : %s".formatted(countedOnce()));
        say("");
    }

    /** The largest backlogs seen while a burst runs: reports waiting for analysis, events for the statistics. */
    private final class QueueDepth {
        volatile long analyses;
        volatile long statistics;

        void sample() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    analyses = Math.max(analyses, count("SELECT COUNT(*) FROM cmp_analysis_job"));
                    statistics = Math.max(
                            statistics,
                            count("SELECT COUNT(*) FROM cmp_outbox_delivery WHERE consumer = 'reporting.statistics'"));
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Reports the statistics count: in the total of every day. */
    private long counted() throws Exception {
        return count("SELECT COALESCE(SUM(complaints), 0) FROM rep_daily WHERE slice = '' AND dimension = 'TOTAL'");
    }

    /** Waits until the statistics count {@code expected} reports and have no event left to count. */
    private void awaitCounted(long expected) throws Exception {
        if ("0".equals(serverEnv.get("ANALYSIS_WORKERS"))) {
            return;
        }
        while (count("SELECT COUNT(*) FROM cmp_outbox_delivery WHERE consumer = 'reporting.statistics'") > 0
                || counted() < expected) {
            Thread.sleep(250);
        }
    }

    /**
     * Whether every stored report is counted exactly once: the statistics' total, their facts, and each report's
     * analysis agree with the stored reports.
     */
    private String countedOnce() throws Exception {
        long stored = count("SELECT COUNT(*) FROM cmp_complaint");
        long total = counted();
        long facts = count("SELECT COUNT(*) FROM rep_complaint WHERE received");
        long countries = count(
                "SELECT COALESCE(SUM(complaints), 0) FROM rep_daily WHERE slice = ''" + " AND dimension = 'COUNTRY'");
        long analysed = count("SELECT COUNT(*) FROM cmp_analysis");
        String figures =
                "stored %,d, counted in the totals %,d, counted facts %,d, by origin country %,d (analysed %,d)"
                        .formatted(stored, total, facts, countries, analysed);
        boolean once = stored == total && stored == facts && countries == analysed;
        return (once ? "yes: " : "NO: ")
                + figures
                + "; lost %,d, counted twice %,d".formatted(Math.max(0, stored - total), Math.max(0, total - stored));
    }

    /**
     * Waits until the analysis queue is empty (a look at the small queue table, not a count of the growing
     * analyses, which would load the database it measures), then checks that {@code expected} more reports have
     * an analysis than before.
     */
    private void awaitAnalyses(long analysedBefore, int expected) throws Exception {
        if ("0".equals(serverEnv.get("ANALYSIS_WORKERS"))) {
            return;
        }
        while (count("SELECT COUNT(*) FROM cmp_analysis_job WHERE quarantined_at IS NULL") > 0
                || count("SELECT COUNT(*) FROM cmp_analysis") - analysedBefore < expected) {
            Thread.sleep(250);
        }
    }

    /** What a burst achieved. */
    private record Burst(Set<Long> accepted, List<Long> latencies, long startNanos, long nanos) {}

    /**
     * Posts {@code messages} in batches from the clients, counting accepted reports in {@code acceptedCount} as
     * answers arrive; stops when they are all sent or the server is gone.
     */
    private Burst burst(int messages, int batch, AtomicInteger acceptedCount) throws Exception {
        Set<Long> accepted = ConcurrentHashMap.newKeySet();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        var next = new AtomicInteger();
        int batches = (messages + batch - 1) / batch;
        var done = new CountDownLatch(clients);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        long offset = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            started(() -> {
                try {
                    int b;
                    while ((b = next.getAndIncrement()) < batches) {
                        byte[] body = mbox(offset, b * batch, Math.min(batch, messages - b * batch));
                        while (true) {
                            long t0 = System.nanoTime();
                            HttpResponse<String> response;
                            try {
                                response = http.send(
                                        HttpRequest.newBuilder(
                                                        URI.create("http://127.0.0.1:" + port + "/api/v1/reports"))
                                                .header("Authorization", "Bearer " + key)
                                                .header("Content-Type", "application/mbox")
                                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                            } catch (IOException e) {
                                return; // the server is gone (the crash test): what was not answered is not accepted
                            }
                            if (response.statusCode() == 202) {
                                latencies.add(System.nanoTime() - t0);
                                Matcher id = ID.matcher(response.body());
                                while (id.find()) {
                                    accepted.add(Long.parseLong(id.group(1)));
                                    acceptedCount.incrementAndGet();
                                }
                                break;
                            }
                            if (response.statusCode() != 429 && response.statusCode() != 503) {
                                throw new IllegalStateException(response.statusCode() + " " + response.body());
                            }
                            Thread.sleep(100); // shed: the answer says come back later
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new Burst(accepted, latencies, start, System.nanoTime() - start);
    }

    /** An mbox of {@code count} messages from the pool, each made unique by its number. */
    private byte[] mbox(long run, int first, int count) {
        var out = new ByteArrayOutputStream();
        for (int i = first; i < first + count; i++) {
            out.writeBytes(
                    ("From bench@monitor.test Mon Nov 23 10:00:00 2026\r\nX-Bench-Message: " + run + "-" + i + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(quoted.get(i % quoted.size()));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** Bytes of messages per statement: as the server sends them (the complaint module's BulkInsert). */
    private static final int PACKET_BYTES = 96 * 1024;

    /** How the raw insert sends a batch of messages. */
    private enum RawMode {
        /** One statement per message, sent as JDBC batches of about {@link #PACKET_BYTES}. */
        JDBC_BATCH,
        /** Statements of several messages, up to about {@link #PACKET_BYTES} each (as the server files them). */
        MULTI_ROW
    }

    /**
     * The same bytes as the ingest, inserted by raw JDBC: the database's own rate on this machine. Measured both
     * ways a batch can be sent; the faster is what the ingest is compared with.
     */
    private double rawInsert(int messages) throws Exception {
        double best = 0;
        for (RawMode mode : RawMode.values()) {
            double rate = rawInsert(messages, mode);
            say("  %-10s: %8.0f rows/s".formatted(mode, rate));
            best = Math.max(best, rate);
        }
        return best;
    }

    private double rawInsert(int messages, RawMode mode) throws Exception {
        try (Connection c = connect();
                var ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_raw (id BIGINT NOT NULL AUTO_INCREMENT, sha256 CHAR(64)"
                    + " NOT NULL, content LONGBLOB NOT NULL, PRIMARY KEY (id)) ENGINE = InnoDB");
            ddl.execute("TRUNCATE TABLE bench_raw");
        }
        var next = new AtomicInteger();
        var rows = new AtomicLong();
        int batches = (messages + batch - 1) / batch;
        var threads = new ArrayList<Thread>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            threads.add(started(() -> {
                try (Connection c = connect()) {
                    c.setAutoCommit(false);
                    var sha = MessageDigest.getInstance("SHA-256");
                    var statements = new HashMap<Integer, PreparedStatement>();
                    int b;
                    while ((b = next.getAndIncrement()) < batches) {
                        int first = b * batch;
                        int count = Math.min(batch, messages - first);
                        var batchMessages = new ArrayList<byte[]>(count);
                        for (int i = first; i < first + count; i++) {
                            batchMessages.add(pool.get(i % pool.size()));
                        }
                        if (mode == RawMode.JDBC_BATCH) {
                            insertAsJdbcBatch(c, statements, sha, batchMessages);
                        } else {
                            insertAsMultiRow(c, statements, sha, batchMessages);
                        }
                        c.commit();
                        rows.addAndGet(count);
                    }
                    for (PreparedStatement statement : statements.values()) {
                        statement.close();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return rows.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void insertAsJdbcBatch(
            Connection c, Map<Integer, PreparedStatement> statements, MessageDigest sha, List<byte[]> messages)
            throws SQLException {
        PreparedStatement insert = statements.get(0);
        if (insert == null) {
            insert = c.prepareStatement("INSERT INTO bench_raw (sha256, content) VALUES (?, ?)");
            statements.put(0, insert);
        }
        long pending = 0;
        for (byte[] message : messages) {
            insert.setString(1, HexFormat.of().formatHex(sha.digest(message)));
            insert.setBytes(2, message);
            insert.addBatch();
            pending += message.length;
            if (pending >= PACKET_BYTES) {
                insert.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            insert.executeBatch();
        }
    }

    private static void insertAsMultiRow(
            Connection c, Map<Integer, PreparedStatement> statements, MessageDigest sha, List<byte[]> messages)
            throws SQLException {
        int from = 0;
        while (from < messages.size()) {
            int to = from + 1;
            long bytes = messages.get(from).length;
            while (to < messages.size() && bytes + messages.get(to).length <= PACKET_BYTES) {
                bytes += messages.get(to++).length;
            }
            PreparedStatement insert = statements.get(to - from);
            if (insert == null) {
                insert = c.prepareStatement("INSERT INTO bench_raw (sha256, content) VALUES "
                        + String.join(",", java.util.Collections.nCopies(to - from, "(?, ?)")));
                statements.put(to - from, insert);
            }
            int p = 1;
            for (byte[] message : messages.subList(from, to)) {
                insert.setString(p++, HexFormat.of().formatHex(sha.digest(message)));
                insert.setBytes(p++, message);
            }
            insert.executeUpdate();
            from = to;
        }
    }

    // ---- crash -----------------------------------------------------------------------------------------------

    private void crash(int crashAfter) throws Exception {
        say("crash: a burst, the server killed with SIGKILL after %,d reports were accepted".formatted(crashAfter));
        var acceptedCount = new AtomicInteger();
        Process victim = server;
        var killer = started(() -> {
            try {
                while (acceptedCount.get() < crashAfter) {
                    Thread.sleep(2);
                }
                victim.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Burst burst = burst(crashAfter * 4, batch, acceptedCount);
        killer.interrupt();
        if (victim.isAlive()) {
            say("the burst ended before the crash point; killing the server now");
            victim.destroyForcibly();
        }
        victim.waitFor();
        Set<Long> accepted = burst.accepted();
        say("killed after %,d accepted; restarting the server".formatted(accepted.size()));
        startServer();
        long stored = countAmong(
                accepted,
                "SELECT c.id FROM cmp_complaint c JOIN cmp_raw_message r ON r.complaint_id"
                        + " = c.id WHERE c.id IN (%s)");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long analysed;
        while ((analysed = countAmong(accepted, "SELECT complaint_id FROM cmp_analysis WHERE complaint_id IN (%s)"))
                        < accepted.size()
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        awaitCounted(count("SELECT COUNT(*) FROM cmp_complaint"));
        long counted =
                countAmong(accepted, "SELECT complaint_id FROM rep_complaint WHERE received AND complaint_id IN (%s)");
        say("");
        say("=== crash test ===");
        say("accepted before the crash : %,d".formatted(accepted.size()));
        say("stored after the restart  : %,d".formatted(stored));
        say("analysed after recovery   : %,d".formatted(analysed));
        say("counted after recovery    : %,d".formatted(counted));
        say("lost                      : %,d"
                .formatted(accepted.size() - Math.min(stored, Math.min(analysed, counted))));
        say("counted once (all reports): %s".formatted(countedOnce()));
        say("");
    }

    // ---- server and database ---------------------------------------------------------------------------------

    private void startServer() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", EmbeddedMariaDb.USER);
        env.put("DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        env.put("ADMIN_INITIAL_PASSWORD", "bench-admin-Passw0rd");
        env.put("API_REQUESTS_PER_MINUTE", "10000000");
        env.putAll(serverEnv);
        var jvm = new ArrayList<>(List.of("-Xmx2g"));
        jvm.addAll(serverJvmOptions);
        server = PayaraMicro.start(war, microJar, port, jvm, env, work.resolve("server.log"));
        if (!PayaraMicro.waitUntilServing(server, port, Duration.ofMinutes(5))) {
            throw new IllegalStateException("the server did not start; see " + work.resolve("server.log"));
        }
        say("server up on 127.0.0.1:" + port + " (log: " + work.resolve("server.log") + ")");
    }

    private void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor();
        }
    }

    private void issueKey() throws Exception {
        try (Connection c = connect();
                var insert = c.prepareStatement("INSERT INTO web_api_key (partner, key_prefix, key_hash, scopes,"
                        + " created_at) VALUES ('benchmark', ?, ?, 'reports:write', ?)")) {
            insert.setString(1, key.substring(0, 10));
            insert.setString(
                    2,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(key.getBytes(StandardCharsets.US_ASCII))));
            insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        // the same connection options as the server's pool (binary protocol), so that the raw rate is a fair one
        return DriverManager.getConnection(
                MariaDbLocalDataSource.withDefaults(jdbcUrl), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private long count(String query) throws SQLException {
        try (Connection c = connect();
                var s = c.createStatement();
                var rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How many of the ids the query (with %s for a list of ids) finds, asked in slices. */
    private long countAmong(Set<Long> ids, String query) throws SQLException {
        long found = 0;
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            String list = String.join(
                    ",",
                    all.subList(from, Math.min(all.size(), from + 1000)).stream()
                            .map(String::valueOf)
                            .toList());
            try (Connection c = connect();
                    var s = c.createStatement();
                    var rows = s.executeQuery(query.formatted(list))) {
                while (rows.next()) {
                    found++;
                }
            }
        }
        return found;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Thread started(Runnable work) {
        var thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void say(String text) {
        System.out.println("[bench] " + text);
    }
}
