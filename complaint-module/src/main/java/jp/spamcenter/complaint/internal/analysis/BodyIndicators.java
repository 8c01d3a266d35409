package jp.spamcenter.complaint.internal.analysis;

import java.net.IDN;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AnalysisResult.Indicators;

/**
 * What a spam's body points to: URLs (also written defanged as {@code hxxp} or {@code example[.]com}, or in
 * full-width characters), their domains in ASCII (punycode), e-mail addresses and Japanese phone numbers.
 */
final class BodyIndicators {

    static final int MAX_EACH = 200;

    private static final Pattern EMAIL =
            Pattern.compile("(?i)(?<![\\w.+-])[\\w.+-]{1,64}@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    /** Japanese numbers: 0 or +81, then 9 or 10 more digits in the usual groupings. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\+81[-\\s]?\\(?0?\\)?|0)(\\d{1,4})[-\\s()]{0,2}(\\d{1,4})[-\\s)]{0,2}(\\d{3,4})(?![\\d-])");

    private static final Pattern LINK = Pattern.compile("(?i)^(https?|ftp)://.+");

    private BodyIndicators() {}

    /**
     * For each UTF-16 unit: itself where NFKC leaves it alone and it takes no part in composition, its NFKC
     * form where that is one other such unit (full-width letters and digits, the ideographic space), or 0 where
     * only the full normaliser can tell. Built from {@link Normalizer} itself, so the fast path cannot disagree.
     */
    private static final char[] NFKC_SIMPLE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || composes(c)) {
                continue;
            }
            String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            // composition joins a letter with a following mark (か + ゛, e + ´) or Hangul jamo with jamo: with no
            // such unit on either side of the map, and every one sent to the full normaliser, nothing composes
            if (nfkc.length() == 1 && !composes(nfkc.charAt(0))) {
                NFKC_SIMPLE[c] = nfkc.charAt(0);
            }
        }
        // variation selectors (after emoji and kanji) are marks that NFKC keeps and nothing composes with
        for (char c = '\uFE00'; c <= '\uFE0F'; c++) {
            if (Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).equals(String.valueOf(c))) {
                NFKC_SIMPLE[c] = c;
            }
        }
    }

    /** Units that composition can join to the one before: combining marks and Hangul jamo. */
    private static boolean composes(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (c >= 0x1100 && c < 0x1200)
                || (c >= 0x3130 && c < 0x3190)
                || (c >= 0xA960 && c < 0xA980)
                || (c >= 0xD7B0 && c < 0xD800);
    }

    /**
     * Full-width letters and digits to ASCII (NFKC), and defanged forms back to what they stand for. One pass
     * over the text where every unit is {@linkplain #NFKC_SIMPLE simple}, as almost all mail text is; the full
     * normaliser where one is not.
     */
    static String normalise(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        boolean mayBeDefanged = false;
        char before = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char n = NFKC_SIMPLE[c];
            if (n == 0) {
                String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
                return mayBeDefanged(s) ? undefang(s) : s;
            }
            if (n != c) {
                chars[i] = n;
                changed = true;
            }
            if (n < 0x80 && n >= '.' && !mayBeDefanged) {
                mayBeDefanged = mayBeDefanged(before, n);
            }
            before = n;
        }
        String s = changed ? new String(chars) : text;
        return mayBeDefanged ? undefang(s) : s;
    }

    private static String undefang(String s) {
        if (!s.contains("[.]")
                && !s.contains("(.)")
                && !s.contains("{.}")
                && !s.contains("[dot]")
                && !s.contains("[:]")
                && !s.contains("[@]")
                && Chars.indexOfIgnoreCase(s, "hxxp", 0) < 0) {
            return s; // nothing defanged
        }
        return s.replaceAll("(?i)\\bhxxp", "http")
                .replaceAll("\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]", ".")
                .replace("[:]", ":")
                .replace("[@]", "@");
    }

    /** Whether a defanged form could be in the text: a bracket before a dot, colon, @ or "dot", or "xxp". */
    private static boolean mayBeDefanged(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (mayBeDefanged(s.charAt(i - 1), s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBeDefanged(char before, char c) {
        return ((c == '.' || c == ':' || c == '@' || c == 'd' || c == 'D')
                        && (before == '[' || before == '(' || before == '{'))
                || ((c == 'p' || c == 'P') && (before == 'x' || before == 'X'));
    }

    /** @param normalised the text, {@linkplain #normalise normalised} */
    static Indicators find(String normalised, List<String> hrefs) {
        var urls = new LinkedHashSet<String>();
        int nextScheme = normalised.indexOf("://");
        int nextWww = Chars.indexOfIgnoreCase(normalised, "www.", 0);
        int lastEnd = 0;
        while ((nextScheme >= 0 || nextWww >= 0) && urls.size() < MAX_EACH) {
            // a URL starts with its scheme right before "://", or at "www." at the start of a word
            boolean atScheme = nextWww < 0 || (nextScheme >= 0 && nextScheme - 5 < nextWww);
            int anchor = atScheme ? nextScheme : nextWww;
            int start = atScheme ? schemeStart(normalised, anchor) : anchor;
            int resume = anchor + 1;
            boolean wordStart = start == 0 || !Character.isLetterOrDigit(normalised.charAt(start - 1));
            boolean hasScheme = !atScheme || start != anchor; // "://" with no http, https or ftp before it is no URL
            if (hasScheme && wordStart && start >= lastEnd) {
                int end = urlEnd(normalised, atScheme ? anchor + 3 : anchor + 4);
                if (end > (atScheme ? anchor + 3 : anchor + 4)) {
                    urls.add(trimUrl(normalised, start, end));
                    lastEnd = end;
                    resume = end;
                }
            }
            if (nextScheme >= 0 && nextScheme < resume) {
                nextScheme = normalised.indexOf("://", resume);
            }
            if (nextWww >= 0 && nextWww < resume) {
                nextWww = Chars.indexOfIgnoreCase(normalised, "www.", resume);
            }
        }
        for (String href : hrefs) {
            String h = normalise(href).strip();
            if (urls.size() < MAX_EACH && LINK.matcher(h).matches()) {
                urls.add(trimUrl(h, 0, h.length()));
            }
        }
        var domains = new LinkedHashSet<String>();
        for (String url : urls) {
            String host = host(url);
            if (host != null) {
                domains.add(host);
            }
        }
        var emails = new LinkedHashSet<String>();
        // around each @ only: an address scan over the whole text would backtrack at every character
        for (int at = normalised.indexOf('@');
                at >= 0 && emails.size() < MAX_EACH;
                at = normalised.indexOf('@', at + 1)) {
            Matcher e = EMAIL.matcher(normalised);
            e.region(Math.max(0, at - 64), Math.min(normalised.length(), at + 256));
            e.useTransparentBounds(true);
            while (e.find()) {
                if (e.start() <= at && at < e.end()) {
                    emails.add(e.group().toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        var phones = new LinkedHashSet<String>();
        Matcher p = PHONE.matcher(normalised).useTransparentBounds(true).useAnchoringBounds(false);
        // a number starts with 0 or +81: the pattern is tried only there
        int nextZero = normalised.indexOf('0');
        int nextPlus = normalised.indexOf('+');
        while ((nextZero >= 0 || nextPlus >= 0) && phones.size() < MAX_EACH) {
            int at = nextPlus < 0 || (nextZero >= 0 && nextZero < nextPlus) ? nextZero : nextPlus;
            int resume = at + 1;
            p.region(at, normalised.length());
            if (couldStartPhone(normalised, at) && p.lookingAt()) {
                String digits = "0" + p.group(1) + p.group(2) + p.group(3);
                if (digits.length() == 10 || digits.length() == 11) {
                    phones.add(digits);
                }
                resume = p.end();
            }
            if (nextZero >= 0 && nextZero < resume) {
                nextZero = normalised.indexOf('0', resume);
            }
            if (nextPlus >= 0 && nextPlus < resume) {
                nextPlus = normalised.indexOf('+', resume);
            }
        }
        return new Indicators(List.copyOf(urls), List.copyOf(domains), List.copyOf(emails), List.copyOf(phones));
    }

    /**
     * What the pattern needs around its start, checked first: no digit or hyphen before, and a digit after the 0
     * (or "8" after the +). Tracking ids full of zeros never reach the regex.
     */
    private static boolean couldStartPhone(String text, int at) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        if ((before >= '0' && before <= '9') || before == '-') {
            return false;
        }
        if (at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        return text.charAt(at) == '+' ? next == '8' : next >= '0' && next <= '9';
    }

    /** Characters that end a URL in running text (besides white space). */
    private static final String URL_TERMINATORS = "<>\"'`{}|\\^[]（）「」『』【】、。";
    /** White space and {@link #URL_TERMINATORS}, by character. */
    private static final long[] URL_END =
            Chars.setOf(c -> Character.isWhitespace(c) || URL_TERMINATORS.indexOf(c) >= 0);

    /** Where a URL that continues at {@code from} ends. */
    private static int urlEnd(String text, int from) {
        int end = from;
        while (end < text.length()) {
            if (Chars.in(URL_END, text.charAt(end))) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Where the scheme before "://" starts: http, https, ftp (hxxp is already http); the anchor when none. */
    private static int schemeStart(String text, int colon) {
        for (String scheme : new String[] {"https", "http", "ftp"}) {
            int start = colon - scheme.length();
            if (start >= 0 && text.regionMatches(true, start, scheme, 0, scheme.length())) {
                return start;
            }
        }
        return colon;
    }

    /** The host of a URL in lower-case ASCII (international names as punycode); null when unreadable. */
    static String host(String url) {
        int scheme = url.indexOf("://");
        int from = scheme >= 0 && scheme <= 6 ? scheme + 3 : 0;
        int end = url.length();
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int at = url.lastIndexOf('@', end - 1);
        int start = at >= from ? at + 1 : from;
        if (start < end && url.charAt(start) != '[') {
            // drop a :port
            int colon = url.lastIndexOf(':', end - 1);
            if (colon >= start) {
                end = colon;
            }
        }
        while (end > start && url.charAt(end - 1) == '.') {
            end--;
        }
        if (end <= start) {
            return null;
        }
        String host = url.substring(start, end);
        boolean ascii = true;
        for (int i = 0; i < host.length() && ascii; i++) {
            ascii = host.charAt(i) < 0x80;
        }
        if (ascii) {
            return host.toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host.toLowerCase(Locale.ROOT);
        }
    }

    /** The URL in {@code text} from {@code start} to {@code end}, without the punctuation that ends a sentence. */
    private static String trimUrl(String text, int start, int end) {
        while (end > start && ".,;:!?)>".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String u = text.substring(start, end);
        return u.regionMatches(true, 0, "www.", 0, 4) ? "http://" + u : u;
    }
}
