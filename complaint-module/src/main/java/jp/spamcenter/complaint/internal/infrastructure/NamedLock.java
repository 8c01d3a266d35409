package jp.spamcenter.complaint.internal.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A MariaDB named lock ({@code GET_LOCK}) held on a connection of its own: one instance of the cluster at a time
 * runs what it guards (mailbox polling, the retention sweep); the lock goes with the connection if the instance
 * dies. A database failure is an {@link IllegalStateException}.
 */
public final class NamedLock implements AutoCloseable {

    private final Connection connection;
    private final String name;

    private NamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** The lock, if no other instance holds it now (no wait). */
    public static Optional<NamedLock> tryLock(DataSource dataSource, String name) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                if (call(connection, "SELECT GET_LOCK(?, 0)", name)) {
                    return Optional.of(new NamedLock(connection, name));
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("the lock " + name + " could not be asked for", e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            call(connection, "SELECT RELEASE_LOCK(?)", name);
        } catch (SQLException e) {
            throw new IllegalStateException("the lock " + name + " could not be released", e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        }
    }
}
