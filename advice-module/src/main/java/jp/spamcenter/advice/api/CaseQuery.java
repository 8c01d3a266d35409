package jp.spamcenter.advice.api;

/**
 * A page of a case list: which queue (for {@link CaseQueueKind#MINE}, whose), optionally one category, where the
 * page starts, how many rows, in which order.
 */
public record CaseQuery(
        CaseQueueKind queue, String advisor, String category, int offset, int limit, CaseSort sort, boolean ascending) {

    public static final int MAX_LIMIT = 500;

    public CaseQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (queue == null) {
            queue = CaseQueueKind.ALL;
        }
        if (queue == CaseQueueKind.MINE && (advisor == null || advisor.isBlank())) {
            throw new IllegalArgumentException("the queue of one's own cases needs the advisor");
        }
        if (sort == null) {
            sort = CaseSort.OPENED_AT;
        }
    }

    /** All cases, sorted. */
    public CaseQuery(int offset, int limit, CaseSort sort, boolean ascending) {
        this(CaseQueueKind.ALL, null, null, offset, limit, sort, ascending);
    }

    /** The newest cases first. */
    public static CaseQuery newestFirst(int offset, int limit) {
        return new CaseQuery(offset, limit, CaseSort.OPENED_AT, false);
    }

    /** A queue, the most urgent deadline first. */
    public static CaseQuery queue(CaseQueueKind queue, String advisor, String category, int offset, int limit) {
        return new CaseQuery(queue, advisor, category, offset, limit, CaseSort.DUE_AT, true);
    }
}
