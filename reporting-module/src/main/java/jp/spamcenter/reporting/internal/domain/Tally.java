package jp.spamcenter.reporting.internal.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to counters, keyed by their table's key columns: what a row's old figures counted is taken away, what
 * its new ones count is added, and only what differs is kept, to be written in key order.
 */
public final class Tally {

    private final Map<List<Object>, Long> changes = new LinkedHashMap<>();

    public void add(long amount, Object... key) {
        if (amount != 0) {
            changes.merge(List.of(key), amount, Long::sum);
        }
    }

    /** The amounts by key, none of them zero. */
    public Map<List<Object>, Long> amounts() {
        changes.values().removeIf(amount -> amount == 0);
        return Collections.unmodifiableMap(changes);
    }

    /**
     * The changes sorted by key: every writer locks the rows in the same order, so that two transactions that
     * change the same counters wait for each other instead of deadlocking.
     */
    public List<Map.Entry<List<Object>, Long>> inKeyOrder() {
        changes.values().removeIf(amount -> amount == 0);
        var sorted = new ArrayList<>(changes.entrySet());
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
}
