package jp.spamcenter.advice.api;

/**
 * An entry of the directory that breaks a rule, with a code for the user's language: {@code header} (a
 * column is missing), {@code prefecture} (not a JIS X 0401 code 01–47), {@code name}, {@code phone},
 * {@code email}, {@code web}, {@code domains}, {@code country} (not two letters), {@code format} (not XARF or
 * ARF), {@code notFound}.
 */
public class DirectoryRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String value;

    public DirectoryRejected(String code, String message) {
        super(message);
        this.code = code;
        this.value = null;
    }

    /** A rule broken by a value, which is shown beside the rule's text in the user's language. */
    public DirectoryRejected(String code, String message, Object value) {
        super(message + ": " + value);
        this.code = code;
        this.value = value == null ? null : value.toString();
    }

    public String code() {
        return code;
    }

    /** The value that broke the rule as it was given, or null when there was none. */
    public String value() {
        return value;
    }
}
