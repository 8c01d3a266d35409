package jp.spamcenter.reporting.api;

import java.time.LocalDate;
import java.util.List;

/** Complaint counts for managers, from the reporting module's own read model. */
public interface ComplaintStatistics {

    /**
     * Complaints per prefecture received between the two days (Japan time, both included), most first;
     * prefectures without complaints are left out.
     */
    List<PrefectureCount> countsByPrefecture(LocalDate from, LocalDate to);
}
