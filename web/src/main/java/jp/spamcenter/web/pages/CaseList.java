package jp.spamcenter.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.api.CaseSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The advisor's case list: a lazy table that asks the advice module for one page at a time. */
@Named
@ViewScoped
public class CaseList implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, CaseSort> SORT_OF_COLUMN = Map.of(
            "openedAt", CaseSort.OPENED_AT,
            "receiptNumber", CaseSort.RECEIPT_NUMBER,
            "prefectureCode", CaseSort.PREFECTURE,
            "status", CaseSort.STATUS,
            "category", CaseSort.CATEGORY);

    @Inject
    CaseQueue queue;

    private LazyDataModel<CaseSummary> cases;

    @PostConstruct
    void init() {
        cases = new Cases(queue);
    }

    public LazyDataModel<CaseSummary> getCases() {
        return cases;
    }

    public ZonedDateTime local(CaseSummary summary) {
        return summary.openedAt().atZone(CenterClock.ZONE);
    }

    /** The table's model: counting and paging happen in the database. */
    static final class Cases extends LazyDataModel<CaseSummary> {

        private static final long serialVersionUID = 1L;

        private final CaseQueue queue;

        Cases(CaseQueue queue) {
            this.queue = queue;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queue.count());
        }

        @Override
        public List<CaseSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            CaseQuery query = sortBy.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED && SORT_OF_COLUMN.containsKey(s.getField()))
                    .findFirst()
                    .map(s -> new CaseQuery(
                            first, pageSize, SORT_OF_COLUMN.get(s.getField()), s.getOrder() == SortOrder.ASCENDING))
                    .orElseGet(() -> CaseQuery.newestFirst(first, pageSize));
            return queue.list(query);
        }

        @Override
        public String getRowKey(CaseSummary row) {
            return Long.toString(row.caseId());
        }

        @Override
        public CaseSummary getRowData(String rowKey) {
            return null; // rows are not selected on this page yet
        }
    }
}
