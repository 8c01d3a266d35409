package jp.spamcenter.advice.internal.domain;

import java.time.Duration;
import jp.spamcenter.advice.api.CasePriority;

/**
 * The center's targets per priority, in working time ({@link BusinessCalendar}; one working day is seven
 * hours): when the citizen must have a first answer, and when the case should be resolved.
 */
public record ServiceTargets(Duration firstResponse, Duration resolution) {

    public static ServiceTargets of(CasePriority priority) {
        return switch (priority) {
            case URGENT -> new ServiceTargets(Duration.ofHours(2), Duration.ofHours(7));
            case HIGH -> new ServiceTargets(Duration.ofHours(4), Duration.ofHours(21));
            case NORMAL -> new ServiceTargets(Duration.ofHours(7), Duration.ofHours(35));
            case LOW -> new ServiceTargets(Duration.ofHours(14), Duration.ofHours(70));
        };
    }
}
