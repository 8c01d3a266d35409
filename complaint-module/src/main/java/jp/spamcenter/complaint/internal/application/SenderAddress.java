package jp.spamcenter.complaint.internal.application;

import java.util.Locale;
import java.util.regex.Pattern;

/** The bare address of a mailbox header such as {@code "Taro" <taro@example.jp>}; null when there is none. */
final class SenderAddress {

    private static final Pattern ADDRESS = Pattern.compile("<?([^\\s<>\"(),;:]{1,64}@[^\\s<>\"(),;:]{1,189})>?");

    private SenderAddress() {}

    static String of(String mailbox) {
        if (mailbox == null) {
            return null;
        }
        var m = ADDRESS.matcher(mailbox);
        String found = null;
        while (m.find()) {
            found = m.group(1); // the last one: "name@x" <real@y> has the real address last
        }
        return found == null ? null : found.toLowerCase(Locale.ROOT);
    }
}
