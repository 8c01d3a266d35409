package jp.spamcenter.complaint.api;

/** Identity of a complaint, the only way other modules refer to one. */
public record ComplaintId(long value) implements java.io.Serializable {

    public ComplaintId {
        if (value <= 0) {
            throw new IllegalArgumentException("complaint id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
