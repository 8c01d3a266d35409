package jp.spamcenter.advice.api;

/** A page of the case list: where it starts, how many rows, in which order. */
public record CaseQuery(int offset, int limit, CaseSort sort, boolean ascending) {

    public static final int MAX_LIMIT = 500;

    public CaseQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (sort == null) {
            sort = CaseSort.OPENED_AT;
        }
    }

    /** The newest cases first. */
    public static CaseQuery newestFirst(int offset, int limit) {
        return new CaseQuery(offset, limit, CaseSort.OPENED_AT, false);
    }
}
