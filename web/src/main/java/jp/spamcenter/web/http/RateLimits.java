package jp.spamcenter.web.http;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import jp.spamcenter.web.config.CenterDatabase;

/**
 * Counts requests per key in fixed windows, in the database so that every instance behind the load balancer
 * shares the count. One statement per request: the window restarts when it has passed.
 */
@ApplicationScoped
public class RateLimits {

    @Resource(lookup = CenterDatabase.JNDI_NAME)
    DataSource dataSource;

    /** True when this request is within {@code limit} per {@code window} for the key; counts it either way. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Timestamp windowStart = Timestamp.valueOf(now.minus(window));
        String bucket = key.length() > 120 ? key.substring(0, 120) : key;
        try (var connection = dataSource.getConnection()) {
            try (var upsert = connection.prepareStatement(
                    "INSERT INTO web_rate_window (bucket, window_start, hits) VALUES (?, ?, 1)"
                            + " ON DUPLICATE KEY UPDATE hits = IF(window_start < ?, 1, hits + 1),"
                            + " window_start = IF(window_start < ?, VALUES(window_start), window_start)")) {
                upsert.setString(1, bucket);
                upsert.setTimestamp(2, Timestamp.valueOf(now));
                upsert.setTimestamp(3, windowStart);
                upsert.setTimestamp(4, windowStart);
                upsert.executeUpdate();
            }
            try (var read = connection.prepareStatement("SELECT hits FROM web_rate_window WHERE bucket = ?")) {
                read.setString(1, bucket);
                try (var rows = read.executeQuery()) {
                    return !rows.next() || rows.getInt(1) <= limit;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit unavailable", e);
        }
    }
}
