package jp.spamcenter.web.http;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.spamcenter.web.config.CenterDatabase;

/**
 * Counts requests per key in fixed windows, in the database so that every instance behind the load balancer
 * shares the count: the window restarts when it has passed.
 *
 * <p>A small limit (a citizen's receipt look-ups) is counted one request at a time. A large one (a partner's
 * thousands of requests a minute) is counted in leases: an instance adds a hundredth of the limit to the shared
 * count at once and lets that many requests through without asking the database again. The shared count never
 * lets more than the limit through; with several instances, a key may be refused up to a lease per other
 * instance early, as leases taken but not used still count.
 */
@ApplicationScoped
public class RateLimits {

    /** How many parts of a limit one lease is. */
    static final int LEASES_PER_LIMIT = 100;

    @Resource(lookup = CenterDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    public RateLimits() {}

    /** Limits over a data source outside the container (tests of their users). */
    public RateLimits(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** This instance's unused part of its lease, per bucket, and the end of the window it belongs to. */
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    private record Lease(LocalDateTime windowEnd, AtomicInteger left) {}

    /** True when this request is within {@code limit} per {@code window} for the key; counts it either way. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String bucket = bucket(key);
        Lease lease = leases.get(bucket);
        if (lease != null && now.isBefore(lease.windowEnd()) && lease.left().getAndDecrement() > 0) {
            return true;
        }
        int size = Math.max(1, limit / LEASES_PER_LIMIT);
        Counted counted = count(bucket, size, now, window);
        // of the lease just counted, the part within the limit (all of it, some, or none)
        int granted = Math.min(size, limit - (counted.hits() - size));
        if (granted <= 0) {
            return false;
        }
        if (size > 1) {
            leases.put(bucket, new Lease(counted.windowStart().plus(window), new AtomicInteger(granted - 1)));
        }
        return true;
    }

    /**
     * Whether the key has reached {@code limit} in its current window, without counting this request: for limits
     * that count only some outcomes (a citizen's failed look-ups), counted afterwards with {@link #count}.
     */
    public boolean reached(String key, int limit, Duration window) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (var connection = dataSource.getConnection();
                var read = connection.prepareStatement(
                        "SELECT hits FROM web_rate_window WHERE bucket = ? AND window_start >= ?")) {
            read.setString(1, bucket(key));
            read.setTimestamp(2, Timestamp.valueOf(now.minus(window)));
            try (var rows = read.executeQuery()) {
                return rows.next() && rows.getInt(1) >= limit;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit unavailable", e);
        }
    }

    /** Counts one request of the key in its current window (a new window when the last has passed). */
    public void count(String key, Duration window) {
        count(bucket(key), 1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), window);
    }

    private static String bucket(String key) {
        return key.length() > 120 ? key.substring(0, 120) : key;
    }

    private record Counted(int hits, LocalDateTime windowStart) {}

    /** Adds {@code hits} to the bucket's shared count in its current window (a new one when it has passed). */
    private Counted count(String bucket, int hits, LocalDateTime now, Duration window) {
        Timestamp windowStart = Timestamp.valueOf(now.minus(window));
        try (var connection = dataSource.getConnection()) {
            try (var upsert = connection.prepareStatement(
                    "INSERT INTO web_rate_window (bucket, window_start, hits) VALUES (?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE hits = IF(window_start < ?, VALUES(hits), hits + VALUES(hits)),"
                            + " window_start = IF(window_start < ?, VALUES(window_start), window_start)")) {
                upsert.setString(1, bucket);
                upsert.setTimestamp(2, Timestamp.valueOf(now));
                upsert.setInt(3, hits);
                upsert.setTimestamp(4, windowStart);
                upsert.setTimestamp(5, windowStart);
                upsert.executeUpdate();
            }
            try (var read =
                    connection.prepareStatement("SELECT hits, window_start FROM web_rate_window WHERE bucket = ?")) {
                read.setString(1, bucket);
                try (var rows = read.executeQuery()) {
                    return rows.next()
                            ? new Counted(rows.getInt(1), rows.getTimestamp(2).toLocalDateTime())
                            : new Counted(hits, now);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit unavailable", e);
        }
    }
}
