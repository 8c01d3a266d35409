package jp.spamcenter.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import jp.spamcenter.complaint.testsupport.SettableClock;
import jp.spamcenter.web.http.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** Wrong staff passwords, limited per user name and per client on a real MariaDB, and logged. */
class SignInGuardTest {

    private static MariaDbDataSource database;
    private static final SettableClock CLOCK = new SettableClock();

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeAll
    static void table() throws Exception {
        database = new MariaDbDataSource(EmbeddedMariaDb.shared().jdbcUrl("signinguard"));
        database.setUser(EmbeddedMariaDb.USER);
        database.setPassword(EmbeddedMariaDb.PASSWORD);
        String script;
        try (var in = SignInGuardTest.class.getResourceAsStream("/db/migration/web/V2__rate_limits.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS web_rate_window");
            statement.execute(script.substring(script.indexOf("CREATE TABLE")));
        }
    }

    @BeforeEach
    void listen() {
        Logger.getLogger(SignInGuard.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(SignInGuard.class.getName()).removeHandler(capture);
    }

    private static SignInGuard guard() {
        var guard = new SignInGuard();
        guard.limits = new RateLimits(database, CLOCK);
        guard.failuresPerUser = 5;
        guard.failuresPerClient = 20;
        guard.lockMinutes = 15;
        return guard;
    }

    @Test
    void fiveFailuresPauseTheUserNameWhateverItsCaseForAQuarterHour() {
        SignInGuard guard = guard();
        for (int i = 0; i < 5; i++) {
            assertThat(guard.refused("hanako", "192.0.2.10")).isFalse();
            guard.failed(i % 2 == 0 ? "hanako" : " Hanako ", "192.0.2.10");
        }
        assertThat(guard.refused("hanako", "192.0.2.99")).as("from any client").isTrue();
        assertThat(guard.refused("taro", "192.0.2.99"))
                .as("other names are not held")
                .isFalse();

        CLOCK.advance(Duration.ofMinutes(16));
        assertThat(guard.refused("hanako", "192.0.2.10")).isFalse();
    }

    @Test
    void twentyFailuresFromOneClientPauseEveryNameItTries() {
        SignInGuard guard = guard();
        for (int i = 0; i < 20; i++) {
            guard.failed("name-" + i, "198.51.100.7");
        }
        assertThat(guard.refused("name-99", "198.51.100.7")).isTrue();
        assertThat(guard.refused("name-99", "198.51.100.8")).isFalse();
    }

    @Test
    void failuresAndRefusalsAreLoggedWithoutForgedLines() {
        SignInGuard guard = guard();
        guard.failed("mallory\nINFO: staff sign-in: 'admin'", "203.0.113.5");
        assertThat(logged)
                .singleElement()
                .asString()
                .contains("staff sign-in failed")
                .contains("203.0.113.5")
                .doesNotContain("\n");
        for (int i = 0; i < 5; i++) {
            guard.failed("eve", "203.0.113.6");
        }
        guard.refused("eve", "203.0.113.6");
        assertThat(logged.get(logged.size() - 1)).contains("refused").contains("'eve'");
    }
}
