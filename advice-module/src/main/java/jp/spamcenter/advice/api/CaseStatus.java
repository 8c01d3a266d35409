package jp.spamcenter.advice.api;

import java.util.List;

/** Where a consultation case stands, and where it may go from there. */
public enum CaseStatus {
    NEW,
    TRIAGED,
    IN_PROGRESS,
    WAITING_FOR_CITIZEN,
    REFERRED,
    CLOSED;

    /** The statuses a case may move to from this one (closing takes a reason, reopening goes to in progress). */
    public List<CaseStatus> next() {
        return switch (this) {
            case NEW -> List.of(TRIAGED, IN_PROGRESS, WAITING_FOR_CITIZEN, REFERRED, CLOSED);
            case TRIAGED -> List.of(IN_PROGRESS, WAITING_FOR_CITIZEN, REFERRED, CLOSED);
            case IN_PROGRESS -> List.of(WAITING_FOR_CITIZEN, REFERRED, CLOSED);
            case WAITING_FOR_CITIZEN -> List.of(IN_PROGRESS, REFERRED, CLOSED);
            case REFERRED -> List.of(IN_PROGRESS, CLOSED);
            case CLOSED -> List.of(IN_PROGRESS);
        };
    }

    public boolean canMoveTo(CaseStatus to) {
        return next().contains(to);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
