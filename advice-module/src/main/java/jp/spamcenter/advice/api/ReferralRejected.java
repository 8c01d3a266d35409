package jp.spamcenter.advice.api;

/**
 * A referral step that a rule forbids, with a code for the user's language: {@code noCase}, {@code notFound},
 * {@code consentMissing} (personal data listed without a consent covering it), {@code consentWithdrawn} (the
 * consent was taken back before sending), {@code consentItems} (a consent for no data), {@code givenBy},
 * {@code destination} (no name), {@code noAddress} (mail to a destination without address), {@code summary},
 * {@code state} (the step does not follow from where the referral is), {@code mailFailed}.
 */
public class ReferralRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ReferralRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public ReferralRejected(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
