package jp.spamcenter.advice.api;

/**
 * A change the case's rules do not allow, or one made on a case someone else changed meanwhile. {@code code}
 * names the rule, for a message in the user's language ({@code case.rejected.<code>}).
 */
public class CaseChangeRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public CaseChangeRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
