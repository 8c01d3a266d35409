package jp.spamcenter.advice.api;

/** An article edit or use that cannot be done; {@code code} names why, for {@code guidance.rejected.<code>}. */
public class GuidanceRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public GuidanceRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
