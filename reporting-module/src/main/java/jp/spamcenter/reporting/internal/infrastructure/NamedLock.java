package jp.spamcenter.reporting.internal.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A MariaDB named lock ({@code GET_LOCK}) held on a connection of its own: one instance of the cluster at a time
 * runs what it guards; the lock goes with the connection if the instance dies.
 */
public final class NamedLock implements AutoCloseable {

    private final Connection connection;
    private final String name;

    private NamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** The lock, if no other instance holds it now (no wait). */
    public static Optional<NamedLock> tryLock(DataSource dataSource, String name) throws SQLException {
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
    }

    @Override
    public void close() throws SQLException {
        try {
            call(connection, "SELECT RELEASE_LOCK(?)", name);
        } finally {
            connection.close();
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
