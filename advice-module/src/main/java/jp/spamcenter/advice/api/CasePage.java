package jp.spamcenter.advice.api;

import java.util.List;

/** One page of cases and how many there are in all. */
public record CasePage(List<CaseSummary> rows, long total) {

    public CasePage {
        rows = List.copyOf(rows);
    }
}
