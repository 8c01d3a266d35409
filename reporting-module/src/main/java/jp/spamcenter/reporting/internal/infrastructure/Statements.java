package jp.spamcenter.reporting.internal.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.spamcenter.reporting.internal.domain.Tally;

/** What the module's repositories write alike: multi-row statements and counter changes. */
final class Statements {

    private Statements() {}

    /** {@code (?, ?), (?, ?)}: the placeholders of a multi-row statement. */
    static String placeholders(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    /** {@code ?, ?, ?}: the placeholders of an {@code IN} list. */
    static String list(int values) {
        return String.join(", ", Collections.nCopies(values, "?"));
    }

    /**
     * Adds the tally's changes to {@code table}'s counter column in one statement, in key order (so that two
     * writers of the same counters wait for each other instead of deadlocking), making the rows that do not exist
     * yet.
     *
     * @param keyColumns the columns of the key, in the order of the keys given to {@link Tally#add}
     */
    static void add(Connection connection, Tally tally, String table, String counter, String... keyColumns)
            throws SQLException {
        List<Map.Entry<List<Object>, Long>> changes = tally.inKeyOrder();
        if (changes.isEmpty()) {
            return;
        }
        String columns = String.join(", ", keyColumns) + ", " + counter;
        try (var upsert = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES "
                + placeholders(changes.size(), keyColumns.length + 1) + " ON DUPLICATE KEY UPDATE "
                + counter + " = " + counter + " + VALUES(" + counter + ")")) {
            int p = 1;
            for (var change : changes) {
                for (Object part : change.getKey()) {
                    upsert.setObject(p++, part);
                }
                upsert.setLong(p++, change.getValue());
            }
            upsert.executeUpdate();
        }
    }

    static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
