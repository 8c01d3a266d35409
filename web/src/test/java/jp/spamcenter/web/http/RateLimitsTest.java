package jp.spamcenter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import jp.spamcenter.complaint.testsupport.SettableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** Shared request counts on a real MariaDB, as two instances behind the balancer see them. */
class RateLimitsTest {

    private static MariaDbDataSource database;

    @BeforeAll
    static void table() throws Exception {
        database = new MariaDbDataSource(EmbeddedMariaDb.shared().jdbcUrl("ratelimits"));
        database.setUser(EmbeddedMariaDb.USER);
        database.setPassword(EmbeddedMariaDb.PASSWORD);
        String script;
        try (var in = RateLimitsTest.class.getResourceAsStream("/db/migration/web/V2__rate_limits.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS web_rate_window");
            statement.execute(script.substring(script.indexOf("CREATE TABLE")));
        }
    }

    /** The instances' clock (the database's rows carry its time): moved on instead of sleeping. */
    private static final SettableClock CLOCK = new SettableClock();

    private static RateLimits instance() {
        var limits = new RateLimits();
        limits.dataSource = database;
        limits.clock = CLOCK;
        return limits;
    }

    private static int admitted(RateLimits limits, String key, int limit, int requests) {
        int admitted = 0;
        for (int i = 0; i < requests; i++) {
            admitted += limits.tryAcquire(key, limit, Duration.ofMinutes(1)) ? 1 : 0;
        }
        return admitted;
    }

    @Test
    void aSmallLimitIsCountedOneRequestAtATime() {
        RateLimits limits = instance();
        assertThat(admitted(limits, "receipt-lookup:192.0.2.1", 5, 5)).isEqualTo(5);
        assertThat(limits.tryAcquire("receipt-lookup:192.0.2.1", 5, Duration.ofMinutes(1)))
                .isFalse();
        // another instance sees the same count at once
        assertThat(instance().tryAcquire("receipt-lookup:192.0.2.1", 5, Duration.ofMinutes(1)))
                .isFalse();
        assertThat(instance().tryAcquire("receipt-lookup:192.0.2.2", 5, Duration.ofMinutes(1)))
                .isTrue();
    }

    @Test
    void aLargeLimitLetsExactlyItsNumberThroughOnOneInstance() throws SQLException {
        RateLimits limits = instance();
        assertThat(admitted(limits, "api:1", 1_000, 1_000)).isEqualTo(1_000);
        // counted in leases of a hundredth, every one used: the shared count is what was let through
        assertThat(sharedCount("api:1")).isEqualTo(1_000);
        assertThat(admitted(limits, "api:1", 1_000, 200)).isZero();
    }

    @Test
    void instancesShareALargeLimitAndNeverExceedIt() {
        RateLimits a = instance();
        RateLimits b = instance();
        int admitted = 0;
        for (int i = 0; i < 3_000; i++) {
            admitted += (i % 3 == 0 ? b : a).tryAcquire("api:2", 1_000, Duration.ofMinutes(1)) ? 1 : 0;
        }
        // at most the limit; at most one lease (a hundredth) short of it, left unused by the other instance
        assertThat(admitted).isBetween(1_000 - 10, 1_000);
    }

    @Test
    void aNewWindowStartsAfresh() {
        RateLimits limits = instance();
        Duration window = Duration.ofSeconds(1);
        int admitted = 0;
        while (limits.tryAcquire("api:3", 200, window)) {
            assertThat(++admitted).as("never refused").isLessThan(100_000);
        }
        CLOCK.advance(window.plusMillis(200));
        assertThat(limits.tryAcquire("api:3", 200, window)).isTrue();
    }

    private static int sharedCount(String bucket) throws SQLException {
        try (var connection = database.getConnection();
                var read = connection.prepareStatement("SELECT hits FROM web_rate_window WHERE bucket = ?")) {
            read.setString(1, bucket);
            try (var rows = read.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }
}
