package jp.spamcenter.complaint.internal.analysis;

import java.util.HexFormat;

/**
 * One key for every copy of the same spam: the subject and text with what differs per recipient taken out
 * (names before 様/さん and after "Dear", addresses, numbers, tracking tokens, URL paths and queries), then
 * hashed (SHA-256 of the reduced text in UTF-16). Two citizens reporting the same mailing get the same key.
 *
 * <p>The text is read once, left to right, writing what stays: this runs for every report, on up to
 * {@value #TEXT_LIMIT} characters.
 */
final class CampaignFingerprint {

    private static final int TEXT_LIMIT = 4000;
    /** How far back from 様 or さん a name may reach. */
    private static final int NAME_MAX = 20;
    /** How long the name after "Dear" may be, up to its comma. */
    private static final int GREETING_NAME_MAX = 40;
    /** How many steps back a name can be taken out (more than {@link #NAME_MAX} characters' worth). */
    private static final int STEPS_KEPT = 32;
    /** The longest local part of an e-mail address (RFC 5321). */
    private static final int LOCAL_PART_MAX = 64;
    /** Tracking ids: ASCII words at least this long that mix letters and digits. */
    private static final int TOKEN_MIN = 8;

    private static final String SEPARATORS = "!\"#$%&'()*+,./:;=?@[\\]^`{|}~、。・「」『』【】（）！？：；～ー－";
    /** White space and {@link #SEPARATORS}: looked up for every character of a text. */
    private static final long[] SPACING = Chars.setOf(c -> Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0);
    /**
     * Characters outside ASCII that are written as they are: no separator, no honorific (様, 殿, the さ of さま and
     * さん), no upper case. Runs of them (kana, kanji) are copied at once.
     */
    private static final long[] STAYS = Chars.setOf(c -> c >= 0x80
            && !Character.isWhitespace(c)
            && SEPARATORS.indexOf(c) < 0
            && c != '様'
            && c != '殿'
            && c != 'さ'
            && Character.toLowerCase((char) c) == c);

    private CampaignFingerprint() {}

    /** @param subject and text, both {@linkplain BodyIndicators#normalise normalised} */
    static String of(String subject, String text) {
        String s = (subject == null ? "" : subject) + "\n"
                + (text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text);
        var reduction = new Reduction(s);
        int length = reduction.run();
        byte[] digest = Sha256.digest(reduction.out.utf16le(length));
        return HexFormat.of().formatHex(digest, 0, 12);
    }

    /**
     * The pass over one text, in lower case: a URL becomes {@code <url:host>} (paths and queries carry
     * per-recipient ids), an e-mail address {@code <email:domain>}, the name before 様, 殿, さま or さん and
     * after "Dear", "Hello" or "Hi" {@code <name>}; tracking ids {@code <token>}, other digit runs {@code #};
     * runs of spaces and punctuation one space.
     */
    private static final class Reduction {

        private final String s;
        private final TextBuffer out;
        /** The text's characters: read by index, without a string's checks on every read. */
        private final char[] t;
        /** Where the last placeholder ends in {@link #out}: a name never reaches back into one. */
        private int placeholderEnd;
        /** Where the last steps started, in the text and in {@link #out}: how a name is taken back out. */
        private final int[] stepText = new int[STEPS_KEPT];

        private final int[] stepOut = new int[STEPS_KEPT];
        /** Whether the step wrote what it read unchanged, character for character. */
        private final boolean[] stepVerbatim = new boolean[STEPS_KEPT];

        private boolean verbatim;
        private int steps;
        /** The next @ and "://" at or after the place read (-1: none), so that most words are not tried. */
        private int nextAt;

        private int nextScheme;

        Reduction(String s) {
            this.s = s;
            this.t = s.toCharArray();
            this.out = new TextBuffer(t.length);
            this.nextAt = s.indexOf('@');
            this.nextScheme = s.indexOf("://");
        }

        /** Reads the text; says how much of {@link #out} stays (trailing spaces dropped). */
        int run() {
            int i = 0;
            while (i < t.length) {
                int k = steps++ % STEPS_KEPT;
                stepText[k] = i;
                stepOut[k] = out.length();
                verbatim = false;
                i = step(i);
                stepVerbatim[k] = verbatim;
            }
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            return end;
        }

        /** Reads what starts at {@code i}, writes what stays of it, and says where the next thing starts. */
        private int step(int i) {
            char c = t[i];
            if (c >= 0x80) {
                // (the text is NFKC-normalised: full-width letters and digits are ASCII by now)
                if (staysAsItIs(c)) {
                    // a run of characters that stay as they are (kana, kanji): copied at once
                    int end = i + 1;
                    while (end < t.length && staysAsItIs(t[end])) {
                        end++;
                    }
                    out.append(t, i, end);
                    verbatim = true;
                    return end;
                }
                int honorific = honorificLength(i);
                if (honorific > 0) {
                    name(i);
                    return i + honorific;
                }
                if (Chars.in(SPACING, c)) {
                    space();
                    return i + 1;
                }
                out.append(Chars.lower(c));
                return i + 1;
            }
            if (nextAt >= 0 && nextAt < i) {
                nextAt = s.indexOf('@', i);
            }
            // an address's local part is at most 64 characters (RFC 5321): most words are too far from the next @
            if (nextAt >= 0
                    && nextAt - i <= LOCAL_PART_MAX
                    && isAddressChar(c)
                    && (i == 0 || !isAddressChar(t[i - 1]))) {
                int next = address(i);
                if (next > i) {
                    return next;
                }
            }
            if (nextScheme >= 0 && nextScheme < i) {
                nextScheme = s.indexOf("://", i);
            }
            if (nextScheme >= 0 && nextScheme - i <= 6 && isAsciiLetter(c) && (i == 0 || !isAsciiLetter(t[i - 1]))) {
                int next = url(i);
                if (next > i) {
                    return next;
                }
            }
            if (isDomainChar(c)) {
                return word(i);
            }
            if (Chars.in(SPACING, c)) {
                space();
            } else {
                out.append(c);
            }
            return i + 1;
        }

        /** An e-mail address starting at {@code i} ({@code [\w.+-]+@domain}): where it ends, or {@code i}. */
        private int address(int i) {
            int at = i;
            while (at < t.length && isAddressChar(t[at])) {
                at++;
            }
            if (at == i || at >= t.length || t[at] != '@') {
                return i;
            }
            // the domain: labels of [\w-], at least two
            int end = at + 1;
            int labels = 0;
            while (true) {
                int labelStart = end;
                while (end < t.length && isDomainChar(t[end])) {
                    end++;
                }
                if (end == labelStart) {
                    end = labelStart - (labels > 0 ? 1 : 0); // a trailing dot is no part of it
                    break;
                }
                labels++;
                if (end < t.length - 1 && t[end] == '.' && isDomainChar(t[end + 1])) {
                    end++;
                } else {
                    break;
                }
            }
            if (labels < 2) {
                return i;
            }
            placeholder("<email:" + lowerCase(at + 1, end) + ">");
            return end;
        }

        /** A URL whose scheme starts at {@code i} ({@code http://…}): where it ends, or {@code i}. */
        private int url(int i) {
            int letters = i;
            while (letters < t.length && letters - i <= 6 && isAsciiLetter(t[letters])) {
                letters++;
            }
            if (letters - i > 6 || !s.startsWith("://", letters)) {
                return i;
            }
            // the host (without user or password) stays, in lower case; the rest of the URL goes
            int hostStart = letters + 3;
            int hostEnd = hostStart;
            while (hostEnd < t.length && !Character.isWhitespace(t[hostEnd]) && "/?#".indexOf(t[hostEnd]) < 0) {
                hostEnd++;
            }
            int end = hostEnd;
            while (end < t.length && !Character.isWhitespace(t[end])) {
                end++;
            }
            for (int k = hostEnd - 1; k >= hostStart; k--) {
                if (t[k] == '@') {
                    hostStart = k + 1;
                    break;
                }
            }
            out.append("<url:");
            for (int k = hostStart; k < hostEnd; k++) {
                out.append(Chars.lower(t[k]));
            }
            placeholder(">");
            return end;
        }

        /** 様, 殿, さま or さん at {@code i}: its length, else 0. */
        private int honorificLength(int i) {
            char c = t[i];
            if (c == '様' || c == '殿') {
                return 1;
            }
            if (c == 'さ' && i + 1 < t.length && (t[i + 1] == 'ま' || t[i + 1] == 'ん')) {
                return 2;
            }
            return 0;
        }

        /**
         * The name before the honorific at {@code honorific}: the word before it ("山田太郎様"), with the family
         * name when the name starts a line ("山田 太郎 さん"); up to {@value #NAME_MAX} characters back.
         */
        private void name(int honorific) {
            int limit = Math.max(0, honorific - NAME_MAX);
            int start = honorific;
            while (start > limit && t[start - 1] == ' ') {
                start--;
            }
            while (start > limit && !Character.isWhitespace(t[start - 1])) {
                start--;
            }
            if (start > limit + 1 && t[start - 1] == ' ') {
                int family = start - 1;
                while (family > limit && !Character.isWhitespace(t[family - 1])) {
                    family--;
                }
                if (family < start - 1 && (family == 0 || t[family - 1] == '\n')) {
                    start = family;
                }
            }
            int from = outPositionOf(start);
            if (from >= placeholderEnd && from <= out.length()) {
                out.setLength(from);
            }
            placeholder("<name>");
        }

        /** Where the step that read the text from {@code textIndex} started writing; -1 when not known. */
        private int outPositionOf(int textIndex) {
            for (int n = steps - 1; n >= 0 && n >= steps - STEPS_KEPT; n--) {
                int k = n % STEPS_KEPT;
                if (stepText[k] == textIndex) {
                    return stepOut[k];
                }
                if (stepText[k] < textIndex) {
                    return stepVerbatim[k] ? stepOut[k] + textIndex - stepText[k] : -1;
                }
            }
            return -1;
        }

        /** A character outside ASCII that is written as it is: no separator, no honorific, no upper case. */
        private static boolean staysAsItIs(char c) {
            return Chars.in(STAYS, c);
        }

        /** An ASCII word at {@code i}: a greeting and its name, a tracking id, or the word with its numbers as #. */
        private int word(int i) {
            int end = i;
            boolean digit = false;
            boolean letter = false;
            boolean upper = false;
            for (; end < t.length; end++) {
                char w = t[end];
                if (w >= 'a' && w <= 'z') {
                    letter = true;
                } else if (w >= 'A' && w <= 'Z') {
                    letter = true;
                    upper = true;
                } else if (w >= '0' && w <= '9') {
                    digit = true;
                } else if (w != '_' && w != '-') {
                    break;
                }
            }
            if (end - i >= TOKEN_MIN && digit && letter) {
                placeholder("<token>");
                return end;
            }
            if (!digit && !upper) {
                out.append(s, i, end);
            } else {
                for (int k = i; k < end; k++) {
                    char w = t[k];
                    if (w < '0' || w > '9') {
                        out.append(w >= 'A' && w <= 'Z' ? (char) (w + 32) : w);
                    } else if (k == i || t[k - 1] < '0' || t[k - 1] > '9') {
                        out.append('#');
                    }
                }
            }
            if (isGreeting(i, end)) {
                int comma = greetingNameEnd(end);
                if (comma > 0) {
                    out.append(' ');
                    placeholder("<name>");
                    return comma;
                }
            }
            return end;
        }

        private boolean isGreeting(int start, int end) {
            int length = end - start;
            char first = (char) (t[start] | 0x20);
            if (first != 'd' && first != 'h') {
                return false;
            }
            return (length == 4 && s.regionMatches(true, start, "dear", 0, 4))
                    || (length == 5 && s.regionMatches(true, start, "hello", 0, 5))
                    || (length == 2 && s.regionMatches(true, start, "hi", 0, 2));
        }

        /** After a greeting: white space, a name of up to 40 characters, a comma; the comma's place, or -1. */
        private int greetingNameEnd(int from) {
            int nameStart = from;
            while (nameStart < t.length && Character.isWhitespace(t[nameStart])) {
                nameStart++;
            }
            if (nameStart == from) {
                return -1;
            }
            for (int k = nameStart; k < t.length && k - nameStart <= GREETING_NAME_MAX; k++) {
                char c = t[k];
                if (c == '\n') {
                    return -1;
                }
                if (c == ',') {
                    return k > nameStart ? k : -1;
                }
            }
            return -1;
        }

        private void placeholder(String text) {
            out.append(text);
            placeholderEnd = out.length();
        }

        private void space() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }

        private String lowerCase(int start, int end) {
            var lower = new StringBuilder(end - start);
            for (int k = start; k < end; k++) {
                lower.append(Chars.lower(t[k]));
            }
            return lower.toString();
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code [\w.+-]}: what the part of an address before its @ is made of. */
    private static boolean isAddressChar(char c) {
        return isDomainChar(c) || c == '.' || c == '+';
    }

    /** {@code [\w-]}: what a domain's labels are made of. */
    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
