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
 * Every report a person filed (web form, phone) and some forwarded ones open a case, as the advice module
 * keeps it (its report link and opening entry), answered and closed in time or late, about one in thirty
 * referred to a consumer center or carrier with the partner's outcome; cases of the last weeks are still open.
 * The statistics are filled by the rebuild (administrators' analysis page, or {@link StatisticsBenchmark}).
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
    private static final String[] DESTINATIONS = {
        "東京都消費生活総合センター", "大阪市消費者センター", "神奈川県消費生活課", "愛知県消費生活総合センター",
        "福岡市消費生活センター", "北海道立消費生活センター", "docomo 迷惑メール窓口", "au 迷惑メール窓口",
        "SoftBank 迷惑メール窓口"
    };
    private static final String[] OUTCOMES = {"HELPED", "SUSPENDED", "ACTION_TAKEN", "NO_ACTION", "NOT_RESPONSIBLE"};
    private static final double[] OUTCOME_WEIGHTS = {0.45, 0.25, 0.05, 0.2, 0.05};
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
            fill(connection, connection, reports, years, Instant.now(), new SecureRandom().nextLong());
            System.out.printf(
                    "%,d synthetic reports written in %.1f s%n", reports, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Writes the reports, oldest first, in batches, each batch its own transaction; their cases in the advice
     * module's tables on {@code adviceConnection} (the same connection where both modules share a database).
     */
    public static void fill(
            Connection connection, Connection adviceConnection, long reports, int years, Instant until, long seed)
            throws SQLException {
        var random = new SplittableRandom(seed);
        Instant from = until.minus(Duration.ofDays(365L * years));
        double span = Duration.between(from, until).toSeconds();
        connection.setAutoCommit(false);
        long nextId = nextId(connection);
        long firstId = nextId;
        long[] times = times(random, reports, from, span);
        String complaint =
                "INSERT INTO cmp_complaint (id, receipt_number, subject, message_text, prefecture_code, channel,"
                        + " intake, received_at) VALUES ";
        String analysis = "INSERT INTO cmp_analysis (complaint_id, analyser_version, status, message_sha256, origin_ip,"
                + " origin_country, sender_domain, category, campaign_key, lacks_sender_name, lacks_opt_out_notice,"
                + " lacks_opt_out_address, lacks_postal_address, lacks_contact, sender_falsified, result_json,"
                + " analysed_at) VALUES ";
        if (adviceConnection != connection) {
            adviceConnection.setAutoCommit(false);
        }
        var cases = new Cases(adviceConnection, until, nextCaseId(adviceConnection), nextReferralId(adviceConnection));
        for (long done = 0; done < reports; ) {
            int n = (int) Math.min(BATCH, reports - done);
            try (PreparedStatement c = connection.prepareStatement(complaint + rows(n, 8));
                    PreparedStatement a = connection.prepareStatement(analysis + rows(n, 17))) {
                cases.clear();
                int pc = 1;
                int pa = 1;
                for (int i = 0; i < n; i++) {
                    long id = nextId++;
                    Instant at = Instant.ofEpochSecond(times[(int) (id - firstId)]);
                    String category = pick(random, CATEGORIES, CATEGORY_WEIGHTS);
                    String country = pick(random, COUNTRIES, COUNTRY_WEIGHTS);
                    String intake = pick(random, INTAKES, INTAKE_WEIGHTS);
                    String campaign = random.nextDouble() < 0.6 ? campaign(random) : null;
                    boolean person = intake.equals("WEB_FORM") || intake.equals("PHONE");
                    String receipt = receipt(random);
                    String prefecture = person ? String.format("%02d", 1 + prefectureIndex(random)) : null;
                    c.setLong(pc++, id);
                    c.setString(pc++, receipt);
                    c.setString(pc++, "synthetic " + category.toLowerCase() + " " + (id % 997));
                    c.setString(pc++, "");
                    c.setString(pc++, prefecture);
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
                    if (cases.present && (person || (intake.equals("MAILBOX") && random.nextDouble() < 0.05))) {
                        cases.open(random, id, receipt, prefecture, category, campaign, at);
                    }
                }
                c.executeUpdate();
                a.executeUpdate();
                cases.write();
                connection.commit();
                if (adviceConnection != connection) {
                    adviceConnection.commit();
                }
            }
            done += n;
        }
        connection.setAutoCommit(true);
    }

    /**
     * The cases of one batch, written with it: the case, its report link, its opening entry, and now and then a
     * referral. Absent where the advice module's tables are not (a database of the complaint module alone).
     */
    private static final class Cases {

        private static final Duration DAY = Duration.ofDays(1);

        final boolean present;
        private final Connection connection;
        private final Instant until;
        private long nextCaseId;
        private long nextReferralId;
        private final java.util.List<SyntheticCase> cases = new java.util.ArrayList<>();
        private final java.util.List<SyntheticReferral> referrals = new java.util.ArrayList<>();

        /** A case as adv_case holds it; {@code dueAt} null once closed. */
        private record SyntheticCase(
                long id,
                long complaintId,
                String receipt,
                String prefecture,
                String status,
                String priority,
                String category,
                String campaign,
                Instant opened,
                Instant responseDue,
                Instant resolutionDue,
                Instant answered,
                Instant dueAt,
                Instant closed) {

            Instant updated() {
                return closed != null ? closed : answered != null ? answered : opened;
            }
        }

        private record SyntheticReferral(
                long id,
                long caseId,
                String destination,
                Instant sent,
                String state,
                String outcome,
                Instant resolved) {

            String kind() {
                return destination.contains("迷惑メール窓口") ? "CARRIER" : "CONSUMER_CENTER";
            }
        }

        Cases(Connection connection, Instant until, long nextCaseId, long nextReferralId) {
            this.connection = connection;
            this.until = until;
            this.nextCaseId = nextCaseId;
            this.nextReferralId = nextReferralId;
            this.present = nextCaseId > 0;
        }

        void clear() {
            cases.clear();
            referrals.clear();
        }

        /**
         * A case opened a minute after its report. First answers are due in a day (half a day when money or
         * credentials are at stake), resolutions in a week; most are met, some late; recent cases are still open.
         */
        void open(
                SplittableRandom random,
                long complaintId,
                String receipt,
                String prefecture,
                String category,
                String campaign,
                Instant reportedAt) {
            long id = nextCaseId++;
            Instant opened = reportedAt.plusSeconds(60);
            boolean high = category.equals("PHISHING") || category.equals("BILLING_FRAUD");
            Instant responseDue = opened.plus(high ? Duration.ofHours(12) : DAY);
            Instant resolutionDue = opened.plus(Duration.ofDays(7));
            // most answers come within their target, some up to three times later; closings alike
            double responseFactor = random.nextDouble() < 0.88 ? 0.9 : 3.0;
            Instant answered =
                    opened.plusSeconds((long) (responseFactor * random.nextDouble() * (high ? 12 : 24) * 3600));
            double closingFactor = random.nextDouble() < 0.85 ? 6.0 : 14.0;
            Instant closed = answered.plusSeconds((long) (closingFactor * random.nextDouble() * 86_400));
            if (answered.isAfter(until)) {
                answered = null;
            }
            if (answered == null || closed.isAfter(until)) {
                closed = null;
            }
            String status = closed != null ? "CLOSED" : answered != null ? "IN_PROGRESS" : "NEW";
            cases.add(new SyntheticCase(
                    id,
                    complaintId,
                    receipt,
                    prefecture,
                    status,
                    high ? "HIGH" : "NORMAL",
                    category,
                    campaign,
                    opened,
                    responseDue,
                    resolutionDue,
                    answered,
                    closed == null ? (answered == null ? responseDue : resolutionDue) : null,
                    closed));
            if (answered != null && random.nextDouble() < 0.033) {
                Instant sent = answered.plusSeconds(3_600);
                boolean resolved = closed != null && random.nextDouble() < 0.8;
                referrals.add(new SyntheticReferral(
                        nextReferralId++,
                        id,
                        DESTINATIONS[random.nextInt(DESTINATIONS.length)],
                        sent,
                        resolved ? "RESOLVED" : "SENT",
                        resolved ? pick(random, OUTCOMES, OUTCOME_WEIGHTS) : null,
                        resolved ? closed : null));
            }
        }

        void write() throws SQLException {
            if (cases.isEmpty()) {
                return;
            }
            try (var c = connection.prepareStatement("INSERT INTO adv_case (id, complaint_id, receipt_number,"
                            + " subject, prefecture_code, status, priority, category, campaign_key, opened_at,"
                            + " first_response_due, resolution_due, first_response_at, due_at, closed_at,"
                            + " close_reason, updated_at) VALUES " + rows(cases.size(), 17));
                    var r = connection.prepareStatement(
                            "INSERT INTO adv_case_report (complaint_id, case_id, receipt_number, linked_at) VALUES "
                                    + rows(cases.size(), 4));
                    var e = connection.prepareStatement(
                            "INSERT INTO adv_case_entry (case_id, at, kind, detail) VALUES " + rows(cases.size(), 4))) {
                int pc = 1;
                int pr = 1;
                int pe = 1;
                for (SyntheticCase k : cases) {
                    c.setLong(pc++, k.id());
                    c.setLong(pc++, k.complaintId());
                    c.setString(pc++, k.receipt());
                    c.setString(pc++, "synthetic case " + k.category());
                    c.setString(pc++, k.prefecture());
                    c.setString(pc++, k.status());
                    c.setString(pc++, k.priority());
                    c.setString(pc++, k.category());
                    c.setString(pc++, k.campaign());
                    for (Instant t : java.util.Arrays.asList(
                            k.opened(), k.responseDue(), k.resolutionDue(), k.answered(), k.dueAt(), k.closed())) {
                        c.setTimestamp(pc++, timestamp(t));
                    }
                    c.setString(pc++, k.closed() == null ? null : "ADVISED");
                    c.setTimestamp(pc++, timestamp(k.updated()));
                    r.setLong(pr++, k.complaintId());
                    r.setLong(pr++, k.id());
                    r.setString(pr++, k.receipt());
                    r.setTimestamp(pr++, timestamp(k.opened()));
                    e.setLong(pe++, k.id());
                    e.setTimestamp(pe++, timestamp(k.opened()));
                    e.setString(pe++, "OPENED");
                    e.setString(pe++, k.receipt());
                }
                c.executeUpdate();
                r.executeUpdate();
                e.executeUpdate();
            }
            if (referrals.isEmpty()) {
                return;
            }
            try (var f = connection.prepareStatement("INSERT INTO adv_referral (id, case_id, destination_kind,"
                    + " destination_name, reason, summary, channel, state, outcome, created_by, created_at, sent_at,"
                    + " resolved_at) VALUES " + rows(referrals.size(), 13))) {
                int p = 1;
                for (SyntheticReferral k : referrals) {
                    f.setLong(p++, k.id());
                    f.setLong(p++, k.caseId());
                    f.setString(p++, k.kind());
                    f.setString(p++, k.destination());
                    f.setString(p++, "BILLED");
                    f.setString(p++, "synthetic referral");
                    f.setString(p++, "MAIL");
                    f.setString(p++, k.state());
                    f.setString(p++, k.outcome());
                    f.setString(p++, "synthetic");
                    f.setTimestamp(p++, timestamp(k.sent()));
                    f.setTimestamp(p++, timestamp(k.sent()));
                    f.setTimestamp(p++, timestamp(k.resolved()));
                }
                f.executeUpdate();
            }
        }

        private static Timestamp timestamp(Instant at) {
            return at == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    /**
     * When the reports came, in the order they came (ids follow time, as the center's do): growing volume
     * (later times are likelier, the density rising linearly) with a winter peak on top.
     */
    private static long[] times(SplittableRandom random, long reports, Instant from, double span) {
        long[] times = new long[Math.toIntExact(reports)];
        for (int i = 0; i < times.length; i++) {
            Instant at = from.plusSeconds((long) (Math.sqrt(random.nextDouble()) * span));
            if (random.nextDouble() < 0.15) {
                int month = LocalDateTime.ofInstant(at, ZoneOffset.UTC).getMonthValue();
                if (month >= 4 && month <= 10) {
                    at = at.minus(Duration.ofDays(120)); // moved into the winter months
                    at = at.isBefore(from) ? from : at;
                }
            }
            times[i] = at.getEpochSecond();
        }
        java.util.Arrays.sort(times);
        return times;
    }

    /** The next case id, or 0 when the database has no advice tables. */
    private static long nextCaseId(Connection connection) throws SQLException {
        return tableExists(connection, "adv_case")
                ? next(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM adv_case")
                : 0;
    }

    private static long nextReferralId(Connection connection) throws SQLException {
        return tableExists(connection, "adv_referral")
                ? next(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM adv_referral")
                : 0;
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var rows = connection.getMetaData().getTables(connection.getCatalog(), null, table, null)) {
            return rows.next();
        }
    }

    private static long next(Connection connection, String query) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
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
