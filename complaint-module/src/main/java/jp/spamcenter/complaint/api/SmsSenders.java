package jp.spamcenter.complaint.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sender of an SMS as a phone shows it: a Japanese mobile number (070, 080, 090), a short code, an
 * international number (+…), or a name in letters (an alphanumeric sender ID, sent through a route abroad).
 * Smishing is counted by these kinds: they tell the carriers and the ministry where the messages come in.
 */
public final class SmsSenders {

    /** The kinds of sender, as the statistics count them. */
    public enum Kind {
        /** A Japanese mobile number: 070, 080 or 090 and eight digits (+81 70/80/90 …). */
        MOBILE,
        /** A short code of three to eight digits. */
        SHORT_CODE,
        /** A number outside Japan (+ and a country code other than 81). */
        INTERNATIONAL,
        /** A name in letters and digits instead of a number. */
        ALPHANUMERIC,
        /** Any other Japanese number (a landline, 050, 0120). */
        OTHER_NUMBER
    }

    /**
     * The mobile network of the phone that received an SMS, as the citizen tells it. Since number portability a
     * number does not tell its network, so a smishing report goes to the recipient's network, which can trace the
     * sender through its interconnects and stop a number of its own; each network is found in the referral
     * directory by the mail domains it serves.
     */
    public enum Carrier {
        DOCOMO(java.util.List.of("docomo.ne.jp")),
        AU(java.util.List.of("au.com", "ezweb.ne.jp")),
        SOFTBANK(java.util.List.of("softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp")),
        RAKUTEN_MOBILE(java.util.List.of("rakumail.jp")),
        /** Another network (an MVNO on one of the four) or not known: nothing to suggest. */
        OTHER(java.util.List.of());

        private final java.util.List<String> mailDomains;

        Carrier(java.util.List<String> mailDomains) {
            this.mailDomains = mailDomains;
        }

        /** The mail domains the network serves to its subscribers: how the referral directory knows it. */
        public java.util.List<String> mailDomains() {
            return mailDomains;
        }
    }

    /** The longest sender kept. */
    public static final int MAX = 32;

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ()\\-‐－ー]{1,30}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._&\\-]{0,19}");

    private SmsSenders() {}

    /** The sender as kept: digits with a leading + for a number, the name as shown otherwise; empty if unreadable. */
    public static Optional<String> normalised(String shown) {
        if (shown == null) {
            return Optional.empty();
        }
        String s = java.text.Normalizer.normalize(shown, java.text.Normalizer.Form.NFKC)
                .strip();
        if (s.isEmpty() || s.length() > MAX) {
            return Optional.empty();
        }
        if (NUMBER.matcher(s).matches()) {
            String digits = s.replaceAll("[^0-9]", "");
            return digits.length() < 3 || digits.length() > 15
                    ? Optional.empty()
                    : Optional.of((s.startsWith("+") ? "+" : "") + digits);
        }
        return NAME.matcher(s).matches() && s.chars().anyMatch(Character::isLetter) ? Optional.of(s) : Optional.empty();
    }

    /** The kind of a sender as {@link #normalised} keeps it. */
    public static Kind kind(String sender) {
        if (sender.startsWith("+")) {
            return sender.startsWith("+81") ? japanese("0" + sender.substring(3)) : Kind.INTERNATIONAL;
        }
        if (sender.chars().anyMatch(Character::isLetter)) {
            return Kind.ALPHANUMERIC;
        }
        if (sender.startsWith("0") && sender.length() >= 10) {
            return japanese(sender);
        }
        return sender.length() <= 8 ? Kind.SHORT_CODE : Kind.OTHER_NUMBER;
    }

    private static Kind japanese(String national) {
        return national.length() == 11 && national.matches("0[789]0[0-9]{8}") ? Kind.MOBILE : Kind.OTHER_NUMBER;
    }
}
