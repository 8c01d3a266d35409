package jp.spamcenter.web.staff;

/** A staff account that cannot be created or changed as asked; the message key says why. */
public class StaffAccountRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public StaffAccountRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
