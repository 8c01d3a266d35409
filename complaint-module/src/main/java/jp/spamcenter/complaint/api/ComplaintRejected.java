package jp.spamcenter.complaint.api;

import java.util.List;

/**
 * A complaint the center cannot take as it is, with every reason at once so the citizen can fix them all.
 * Each reason is a message key that the web layer translates (e.g. {@code complaint.subject.required}).
 */
public class ComplaintRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One reason: the field it concerns and the message key that explains it. */
    public record Reason(String field, String messageKey) {}

    private final transient List<Reason> reasons;

    public ComplaintRejected(List<Reason> reasons) {
        super("complaint rejected: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
