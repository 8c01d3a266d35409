package jp.spamcenter.web.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Fills a center's database with N synthetic reports spread over years, for demos and benchmarks: reports and
 * their analyses as the complaint module stores them (category, origin country, display duties, campaign), with
 * the mix a real desk sees — most from Japan, the US and China, billing fraud and phishing ahead, campaigns
 * reported by many, volume growing year on year with a winter peak. No personal data: no contact, no message.
 * The statistics are filled by the rebuild (administrators' analysis page, or {@link StatisticsBenchmark}).
 * Cases are not generated yet: the reports are machines' (no citizen to answer).
 *
 * <pre>
 * ./mvnw -q -pl web exec:java@generate -Dexec.args="--reports=100000 --db=jdbc:mariadb://127.0.0.1:3307/spamcenter"
 * </pre>
 */
public final class SyntheticReports {

    private static final String[] CATEGORIES = {
        "BILLING_FRAUD", "PHISHING", "DATING", "FINANCE", "ADULT", "GAMBLING", "OTHER"
    };
    private static final double[] CATEGORY_WEIGHTS = {0.24, 0.28, 0.14, 0.09, 0.08, 0.07, 0.10};
    private static final String[] COUNTRIES = {
        "JP", "US", "CN", "KR", "VN", "RU", "BR", "IN", "DE", "NL", "FR", "SG", ""
    };
    private static final double[] COUNTRY_WEIGHTS = {
        0.34, 0.22, 0.14, 0.05, 0.04, 0.03, 0.03, 0.03, 0.02, 0.02, 0.02, 0.02, 0.04
    };
    private static final String[] CHANNELS = {"MOBILE_MAIL", "PC_MAIL", "SMS"};
    private static final double[] CHANNEL_WEIGHTS = {0.45, 0.35, 0.20};
    private static final String[] INTAKES = {"WEB_FORM", "MAILBOX", "BULK_API", "PHONE"};
    private static final double[] INTAKE_WEIGHTS = {0.30, 0.25, 0.40, 0.05};
    private static final String DIGITS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int BATCH = 2_000;

    private SyntheticReports() {}

    public static void main(String[] args) throws Exception {
        long reports = 100_000;
        String db = "jdbc:mariadb://127.0.0.1:3307/spamcenter";
        // the defaults are the embedded database of ./mvnw -Prun
        String user = jp.spamcenter.complaint.testsupport.EmbeddedMariaDb.USER;
        String password = jp.spamcenter.complaint.testsupport.EmbeddedMariaDb.PASSWORD;
        int years = 5;
        for (String arg : args) {
            if (arg.startsWith("--reports=")) {
                reports = Long.parseLong(arg.substring(10).replace("_", ""));
            } else if (arg.startsWith("--db=")) {
                db = arg.substring(5);
            } else if (arg.startsWith("--user=")) {
                user = arg.substring(7);
            } else if (arg.startsWith("--password=")) {
                password = arg.substring(11);
            } else if (arg.startsWith("--years=")) {
                years = Integer.parseInt(arg.substring(8));
            }
        }
        try (Connection connection = DriverManager.getConnection(db, user, password)) {
            long started = System.nanoTime();
            fill(connection, reports, years, Instant.now(), new SecureRandom().nextLong());
            System.out.printf(
                    "%,d synthetic reports written in %.1f s%n", reports, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Writes the reports, oldest first, in batches, each batch its own transaction. */
    public static void fill(Connection connection, long reports, int years, Instant until, long seed)
            throws SQLException {
        var random = new SplittableRandom(seed);
        Instant from = until.minus(Duration.ofDays(365L * years));
        double span = Duration.between(from, until).toSeconds();
        connection.setAutoCommit(false);
        long nextId = nextId(connection);
        String complaint =
                "INSERT INTO cmp_complaint (id, receipt_number, subject, message_text, prefecture_code, channel,"
                        + " intake, received_at) VALUES ";
        String analysis = "INSERT INTO cmp_analysis (complaint_id, analyser_version, status, message_sha256, origin_ip,"
                + " origin_country, sender_domain, category, campaign_key, lacks_sender_name, lacks_opt_out_notice,"
                + " lacks_opt_out_address, lacks_postal_address, lacks_contact, sender_falsified, result_json,"
                + " analysed_at) VALUES ";
        for (long done = 0; done < reports; ) {
            int n = (int) Math.min(BATCH, reports - done);
            try (PreparedStatement c = connection.prepareStatement(complaint + rows(n, 8));
                    PreparedStatement a = connection.prepareStatement(analysis + rows(n, 17))) {
                int pc = 1;
                int pa = 1;
                for (int i = 0; i < n; i++) {
                    long id = nextId++;
                    // growing volume: later times are likelier (density rising linearly), a winter peak on top
                    double position = Math.sqrt(random.nextDouble());
                    Instant at = from.plusSeconds((long) (position * span));
                    if (random.nextDouble() < 0.15) {
                        int month = LocalDateTime.ofInstant(at, ZoneOffset.UTC).getMonthValue();
                        if (month >= 4 && month <= 10) {
                            at = at.minus(Duration.ofDays(120)); // moved into the winter months
                            at = at.isBefore(from) ? from : at;
                        }
                    }
                    String category = pick(random, CATEGORIES, CATEGORY_WEIGHTS);
                    String country = pick(random, COUNTRIES, COUNTRY_WEIGHTS);
                    String intake = pick(random, INTAKES, INTAKE_WEIGHTS);
                    String campaign = random.nextDouble() < 0.6 ? campaign(random) : null;
                    c.setLong(pc++, id);
                    c.setString(pc++, receipt(random));
                    c.setString(pc++, "synthetic " + category.toLowerCase() + " " + (id % 997));
                    c.setString(pc++, "");
                    c.setString(
                            pc++,
                            intake.equals("WEB_FORM") || intake.equals("PHONE")
                                    ? String.format("%02d", 1 + prefectureIndex(random))
                                    : null);
                    c.setString(pc++, pick(random, CHANNELS, CHANNEL_WEIGHTS));
                    c.setString(pc++, intake);
                    c.setTimestamp(pc++, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                    a.setLong(pa++, id);
                    a.setString(pa++, "synthetic");
                    a.setString(pa++, "OK");
                    a.setString(pa++, "0".repeat(64));
                    a.setString(pa++, country.isEmpty() ? null : "203.0.113." + (id % 250));
                    a.setString(pa++, country.isEmpty() ? null : country);
                    a.setString(pa++, "sender" + (id % 5000) + ".example");
                    a.setString(pa++, category);
                    a.setString(pa++, campaign);
                    for (int d = 0; d < 6; d++) {
                        a.setBoolean(pa++, random.nextDouble() < (d == 5 ? 0.1 : 0.45));
                    }
                    a.setString(pa++, "{}");
                    a.setTimestamp(pa++, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                }
                c.executeUpdate();
                a.executeUpdate();
                connection.commit();
            }
            done += n;
        }
        connection.setAutoCommit(true);
    }

    private static long nextId(Connection connection) throws SQLException {
        try (var rows =
                connection.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM cmp_complaint")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String rows(int n, int columns) {
        String row = "(" + "?,".repeat(columns - 1) + "?)";
        return String.join(",", java.util.Collections.nCopies(n, row));
    }

    private static String pick(SplittableRandom random, String[] values, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Prefectures weighted roughly by population: the large ones (Tokyo 13, Osaka 27, Kanagawa 14...) ahead. */
    private static int prefectureIndex(SplittableRandom random) {
        int[] large = {12, 26, 13, 22, 10, 11, 39, 0, 27};
        return random.nextDouble() < 0.6 ? large[random.nextInt(large.length)] : random.nextInt(47);
    }

    /** Campaigns reported by many: a few thousand keys, the first ones far more often (Zipf-like). */
    private static String campaign(SplittableRandom random) {
        int rank = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 5000);
        return String.format("SYN%021d", rank);
    }

    /** A random receipt number of the right shape (the check character is not computed: synthetic). */
    private static String receipt(SplittableRandom random) {
        var chars = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                chars.append('-');
            }
            chars.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return chars.toString();
    }
}
