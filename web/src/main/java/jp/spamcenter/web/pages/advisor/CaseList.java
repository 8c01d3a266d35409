package jp.spamcenter.web.pages.advisor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.spamcenter.advice.api.CaseChangeRejected;
import jp.spamcenter.advice.api.CaseDesk;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseQueueKind;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The advisor's case lists: their own queue, the unassigned and overdue ones, or all cases, optionally of one
 * category; a lazy table that asks the advice module for one page at a time. Selected rows can be taken,
 * given to an advisor (supervisors) or closed together.
 */
@Named
@ViewScoped
public class CaseList implements Serializable {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    private static final Map<String, CaseSort> SORT_OF_COLUMN = Map.of(
            "openedAt", CaseSort.OPENED_AT,
            "dueAt", CaseSort.DUE_AT,
            "receiptNumber", CaseSort.RECEIPT_NUMBER,
            "prefectureCode", CaseSort.PREFECTURE,
            "status", CaseSort.STATUS,
            "category", CaseSort.CATEGORY);

    @Inject
    CaseQueue queue;

    @Inject
    CaseDesk desk;

    @Inject
    StaffSession session;

    @Inject
    CaseAssignment assignment;

    /** The queue shown; until chosen (or given as {@code ?queue=}), one's own cases, or the unassigned when none. */
    private CaseQueueKind kind;

    private String category;
    private List<CaseSummary> selected = new ArrayList<>();
    private CloseReason closeReason = CloseReason.ADVISED;
    private String username;
    private Long answered;
    private LazyDataModel<CaseSummary> cases;

    @PostConstruct
    void init() {
        username = session.getUsername();
        cases = new Cases(this);
    }

    public LazyDataModel<CaseSummary> getCases() {
        return cases;
    }

    /** The query for a page of the chosen queue; without an order chosen, the most urgent deadline first. */
    CaseQuery query(int first, int pageSize, CaseSort sort, boolean ascending) {
        CaseQueueKind kind = getKind();
        CaseSort order = sort != null ? sort : kind == CaseQueueKind.ALL ? CaseSort.OPENED_AT : CaseSort.DUE_AT;
        boolean up = sort != null ? ascending : order == CaseSort.DUE_AT;
        return new CaseQuery(kind, username, category, first, pageSize, order, up);
    }

    public void takeSelected() {
        if (selected.isEmpty()) {
            Texts.error(null, "cases.noneSelected");
            return;
        }
        desk.takeAll(ids(), username);
        Texts.info("cases.taken", selected.size());
        selected = new ArrayList<>();
    }

    public void assignSelected() {
        if (assignment.assign(selected)) {
            selected = new ArrayList<>();
        }
    }

    public void closeSelected() {
        if (selected.isEmpty()) {
            Texts.error(null, "cases.noneSelected");
            return;
        }
        try {
            int closed = desk.closeAll(ids(), closeReason, username);
            Texts.info("cases.closed", closed);
            selected = new ArrayList<>();
        } catch (CaseChangeRejected e) {
            Texts.error(null, "case.rejected." + e.code());
        }
    }

    private List<Long> ids() {
        return selected.stream().map(CaseSummary::caseId).toList();
    }

    public CaseAssignment getAssignment() {
        return assignment;
    }

    public CaseQueueKind[] getKinds() {
        return CaseQueueKind.values();
    }

    /** A queue's tab; the answered one says how many answers wait, so that they are seen from any queue. */
    public String tabLabel(CaseQueueKind k) {
        String name = Texts.text("cases.queue." + k);
        if (k != CaseQueueKind.ANSWERED) {
            return name;
        }
        if (answered == null) {
            answered = queue.count(CaseQuery.queue(CaseQueueKind.ANSWERED, username, null, 0, 1));
        }
        return answered == 0 ? name : name + " (" + answered + ")";
    }

    public CloseReason[] getCloseReasons() {
        return new CloseReason[] {CloseReason.ADVISED, CloseReason.NO_ANSWER, CloseReason.OUT_OF_SCOPE};
    }

    public boolean overdue(CaseSummary summary) {
        return summary.overdueAt(clock.instant());
    }

    public CaseQueueKind getKind() {
        if (kind == null) {
            boolean hasOwn = queue.count(CaseQuery.queue(CaseQueueKind.MINE, username, null, 0, 1)) > 0;
            kind = hasOwn ? CaseQueueKind.MINE : CaseQueueKind.UNASSIGNED;
        }
        return kind;
    }

    public void setKind(CaseQueueKind kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category;
    }

    public List<CaseSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<CaseSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    /** The table's model: counting and paging happen in the database. */
    static final class Cases extends LazyDataModel<CaseSummary> {

        private static final long serialVersionUID = 1L;

        private final CaseList list;

        Cases(CaseList list) {
            this.list = list;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, list.queue.count(list.query(0, 1, null, false)));
        }

        @Override
        public List<CaseSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var chosen = sortBy.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED && SORT_OF_COLUMN.containsKey(s.getField()))
                    .findFirst();
            return list.queue.list(list.query(
                    first,
                    pageSize,
                    chosen.map(s -> SORT_OF_COLUMN.get(s.getField())).orElse(null),
                    chosen.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(false)));
        }

        @Override
        public String getRowKey(CaseSummary row) {
            return Long.toString(row.caseId());
        }

        @Override
        public CaseSummary getRowData(String rowKey) {
            // selection keeps the rows of the page shown; the table asks for them by key
            long id = Long.parseLong(rowKey);
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(c -> c.caseId() == id)
                            .findFirst()
                            .orElse(null);
        }
    }
}
