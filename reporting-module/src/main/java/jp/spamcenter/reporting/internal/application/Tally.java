package jp.spamcenter.reporting.internal.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to counters, keyed by their table's key columns: what a row's old figures counted is taken away, what
 * its new ones count is added, and only what differs is written, in one statement, in key order.
 */
final class Tally {

    private final Map<List<Object>, Long> changes = new LinkedHashMap<>();

    void add(long amount, Object... key) {
        if (amount != 0) {
            changes.merge(List.of(key), amount, Long::sum);
        }
    }

    /** The amounts by key, none of them zero. */
    Map<List<Object>, Long> amounts() {
        changes.values().removeIf(amount -> amount == 0);
        return Collections.unmodifiableMap(changes);
    }

    /**
     * Adds the changes to {@code table}'s counter column, making the rows that do not exist yet.
     *
     * @param keyColumns the columns of the key, in the order of the keys given to {@link #add}
     */
    void writeTo(Connection connection, String table, String counter, String... keyColumns) throws SQLException {
        changes.values().removeIf(amount -> amount == 0);
        if (changes.isEmpty()) {
            return;
        }
        String columns = String.join(", ", keyColumns) + ", " + counter;
        try (var upsert = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES "
                + placeholders(changes.size(), keyColumns.length + 1) + " ON DUPLICATE KEY UPDATE "
                + counter + " = " + counter + " + VALUES(" + counter + ")")) {
            int p = 1;
            for (var change : inKeyOrder()) {
                for (Object part : change.getKey()) {
                    upsert.setObject(p++, part);
                }
                upsert.setLong(p++, change.getValue());
            }
            upsert.executeUpdate();
        }
    }

    /**
     * The changes sorted by key: every writer locks the rows in the same order, so that two transactions that
     * change the same counters wait for each other instead of deadlocking.
     */
    private List<Map.Entry<List<Object>, Long>> inKeyOrder() {
        var sorted = new java.util.ArrayList<>(changes.entrySet());
        sorted.sort(Map.Entry.comparingByKey(Tally::compareKeys));
        return sorted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c = x == null ? (y == null ? 0 : -1) : y == null ? 1 : ((Comparable) x).compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** {@code (?, ?), (?, ?)}: the placeholders of a multi-row statement. */
    static String placeholders(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }
}
