package jp.spamcenter.complaint.internal.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * The readable text and the link targets of an HTML part, read by one pass of an HTML tokenizer (tags,
 * attributes, comments, raw-text elements, character references as HTML5 reads them) without building a
 * document. Nothing is fetched, run or rendered: scripts and styles are skipped, and of the tags only the
 * link targets of {@code <a>} and {@code <area>} are kept. Block elements and {@code <br>} end a line, so that
 * words from two paragraphs never run together.
 */
final class HtmlText {

    /** The text and links of one part. */
    record Content(String text, List<String> hrefs) {}

    private static final int MAX_HREFS = 500;

    /** What the reader does with an element. */
    private enum Kind {
        /** Nothing: its content is read on. */
        INLINE,
        /** Starts and ends a line of text. */
        BLOCK,
        /** A link: its {@code href} is kept. */
        LINK,
        /** Its content is no text (scripts, styles): skipped up to its end tag. */
        RAW_TEXT,
        /** Its content is text only, no tags ({@code <title>}, {@code <textarea>}). */
        TEXT_ONLY
    }

    /** The elements the reader knows, by name; open addressing on a case-insensitive hash. */
    private static final String[] NAMES = new String[256];

    private static final Kind[] KINDS = new Kind[NAMES.length];

    static {
        // the elements jsoup (the HTML5 parser this reader is held to) parts text at
        for (String block : List.of(
                "address",
                "applet",
                "audio",
                "canvas",
                "caption",
                "center",
                "col",
                "colgroup",
                "del",
                "details",
                "dir",
                "frame",
                "frameset",
                "hgroup",
                "img",
                "ins",
                "link",
                "listing",
                "marquee",
                "menu",
                "meta",
                "noscript",
                "plaintext",
                "svg",
                "math",
                "summary",
                "tbody",
                "tfoot",
                "thead",
                "video",
                "article",
                "aside",
                "blockquote",
                "br",
                "dd",
                "div",
                "dl",
                "dt",
                "fieldset",
                "figcaption",
                "figure",
                "footer",
                "form",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "header",
                "hr",
                "li",
                "main",
                "nav",
                "ol",
                "p",
                "pre",
                "section",
                "table",
                "td",
                "th",
                "tr",
                "ul")) {
            know(block, Kind.BLOCK);
        }
        for (String raw : List.of("script", "style", "xmp", "iframe", "noembed", "noframes", "template")) {
            know(raw, Kind.RAW_TEXT);
        }
        know("a", Kind.LINK);
        know("area", Kind.LINK);
        know("title", Kind.TEXT_ONLY);
        know("textarea", Kind.TEXT_ONLY);
    }

    /** Raw-text elements that part the text around them, as jsoup reads them (the others are inline). */
    private static final Set<String> PARTING_RAW_TEXT = Set.of("script", "style", "noframes", "template");

    private static void know(String name, Kind kind) {
        int slot = hash(name, 0, name.length()) & (NAMES.length - 1);
        while (NAMES[slot] != null) {
            slot = (slot + 1) & (NAMES.length - 1);
        }
        NAMES[slot] = name;
        KINDS[slot] = kind;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + (s.charAt(i) | 0x20); // ASCII letters in lower case; digits keep their bit
        }
        return h ^ (h >>> 7);
    }

    /** The slot of the element named {@code html[from, to)} (any case), or -1 when the reader does not know it. */
    private static int slotOf(String html, int from, int to) {
        int length = to - from;
        for (int slot = hash(html, from, to) & (NAMES.length - 1);
                NAMES[slot] != null;
                slot = (slot + 1) & (NAMES.length - 1)) {
            if (NAMES[slot].length() == length && namedAt(html, from, NAMES[slot])) {
                return slot;
            }
        }
        return -1;
    }

    private final String html;
    private final boolean wantText;
    /** Whether link targets are kept as they stand, references not decoded (the HTML is still bytes). */
    private final boolean rawValues;

    private final TextBuffer text;
    private final List<String> hrefs = new ArrayList<>();
    private int at;
    /** The next {@code "} and {@code '} at or after where they were last looked for; -1 when there is none. */
    private int nextDoubleQuote;

    private int nextSingleQuote;

    private HtmlText(String html, boolean wantText, boolean rawValues) {
        this.html = html;
        this.wantText = wantText;
        this.rawValues = rawValues;
        this.text = wantText ? new TextBuffer(html.length() / 2) : null;
        this.nextDoubleQuote = html.indexOf('"');
        this.nextSingleQuote = html.indexOf('\'');
    }

    /** The text and the link targets. */
    static Content of(String html) {
        var reader = new HtmlText(html, true, false);
        reader.run();
        return new Content(reader.text.toString(), List.copyOf(reader.hrefs));
    }

    /** Only the link targets: for an HTML part whose plain alternative is the text. */
    static List<String> hrefs(String html) {
        var reader = new HtmlText(html, false, false);
        reader.run();
        return List.copyOf(reader.hrefs);
    }

    /**
     * Only the link targets, from the bytes of the part. Where the charset keeps every byte below 0x80 for
     * ASCII (UTF-8, Shift_JIS, EUC-JP; not ISO-2022-JP), the markup is read in the bytes themselves, each as
     * one character, and only the link targets are decoded: the rest of the part never needs decoding.
     */
    static List<String> hrefs(byte[] html, String declaredCharset) {
        if (!JapaneseCharsets.keepsAscii(declaredCharset) || JapaneseCharsets.containsEscape(html)) {
            return hrefs(JapaneseCharsets.decode(html, declaredCharset));
        }
        var reader = new HtmlText(new String(html, StandardCharsets.ISO_8859_1), false, true);
        reader.run();
        var hrefs = new ArrayList<String>(reader.hrefs.size());
        for (String raw : reader.hrefs) {
            String value = JapaneseCharsets.decode(raw.getBytes(StandardCharsets.ISO_8859_1), declaredCharset);
            var decoded = new TextBuffer(value.length());
            unescape(value, 0, value.length(), true, decoded);
            hrefs.add(decoded.toString().strip());
        }
        return List.copyOf(hrefs);
    }

    private void run() {
        int length = html.length();
        while (at < length) {
            int lt = html.indexOf('<', at);
            int textEnd = lt < 0 ? length : lt;
            if (wantText && textEnd > at) {
                appendText(at, textEnd);
            }
            if (lt < 0) {
                return;
            }
            at = lt;
            markup();
        }
    }

    /** What starts at a {@code <}: a tag, a comment, a declaration, or a plain {@code <} in the text. */
    private void markup() {
        int next = at + 1;
        char c = next < html.length() ? html.charAt(next) : ' ';
        if (c == '!') {
            at = html.startsWith("--", next + 1) ? endOfComment(next + 3) : endOf('>', next + 1);
        } else if (c == '?') {
            at = endOf('>', next + 1);
        } else if (c == '/' && next + 1 < html.length() && isAsciiLetter(html.charAt(next + 1))) {
            int nameEnd = nameEnd(next + 1);
            int slot = slotOf(html, next + 1, nameEnd);
            at = endOf('>', nameEnd);
            if (wantText && slot >= 0 && KINDS[slot] == Kind.BLOCK) {
                newLine();
            }
        } else if (isAsciiLetter(c)) {
            startTag(next);
        } else {
            if (wantText) {
                text.append('<');
            }
            at = next;
        }
    }

    private void startTag(int nameStart) {
        int nameEnd = nameEnd(nameStart);
        int slot = slotOf(html, nameStart, nameEnd);
        Kind kind = slot < 0 ? Kind.INLINE : KINDS[slot];
        boolean link = kind == Kind.LINK;
        int i = link ? nameEnd : tagEnd(nameEnd);
        int length = html.length();
        // a link's attributes: name, optionally = and a value (quoted or not), up to the >
        while (link && i < length) {
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int attributeStart = i;
            while (i < length && !isAttributeNameEnd(html.charAt(i))) {
                i++;
            }
            int attributeEnd = Math.max(i, attributeStart + 1);
            i = Math.max(i, attributeStart + 1);
            int j = skipSpace(i);
            if (j < length && html.charAt(j) == '=') {
                j = skipSpace(j + 1);
                int valueStart;
                int valueEnd;
                if (j < length && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    valueStart = j + 1;
                    int close = html.indexOf(html.charAt(j), valueStart);
                    valueEnd = close < 0 ? length : close;
                    i = close < 0 ? length : close + 1;
                } else {
                    valueStart = j;
                    valueEnd = j;
                    while (valueEnd < length && !isSpace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') {
                        valueEnd++;
                    }
                    i = valueEnd;
                }
                if (link
                        && hrefs.size() < MAX_HREFS
                        && attributeEnd - attributeStart == 4
                        && namedAt(html, attributeStart, "href")) {
                    hrefs.add(
                            rawValues
                                    ? html.substring(valueStart, valueEnd)
                                    : decode(valueStart, valueEnd, true).strip());
                }
            } else {
                i = j;
            }
        }
        at = i;
        if (kind == Kind.RAW_TEXT) {
            int end = endTagStart(NAMES[slot], at);
            at = end < html.length() ? endOf('>', end) : end;
            if (wantText && end < html.length() && PARTING_RAW_TEXT.contains(NAMES[slot])) {
                newLine();
            }
        } else if (kind == Kind.TEXT_ONLY) {
            int end = endTagStart(NAMES[slot], at);
            if (wantText) {
                newLine();
                appendText(at, end);
                newLine();
            }
            at = end < html.length() ? endOf('>', end) : end;
        } else if (wantText && kind == Kind.BLOCK) {
            newLine();
        }
    }

    /**
     * After the {@code >} that ends a tag whose attributes start at {@code from} (or the end of the HTML): the
     * first {@code >} outside a quoted attribute value. A quote opens a value only right after {@code =}.
     */
    private int tagEnd(int from) {
        int i = from;
        while (true) {
            int gt = html.indexOf('>', i);
            if (gt < 0) {
                return html.length();
            }
            int quote = nextQuote(i);
            if (quote < 0 || quote > gt) {
                return gt + 1;
            }
            if (opensValue(quote)) {
                int close = html.indexOf(html.charAt(quote), quote + 1);
                if (close < 0) {
                    return html.length();
                }
                i = close + 1;
            } else {
                i = quote + 1;
            }
        }
    }

    /** The first quote at or after {@code from}, or -1. */
    private int nextQuote(int from) {
        if (nextDoubleQuote >= 0 && nextDoubleQuote < from) {
            nextDoubleQuote = html.indexOf('"', from);
        }
        if (nextSingleQuote >= 0 && nextSingleQuote < from) {
            nextSingleQuote = html.indexOf('\'', from);
        }
        if (nextDoubleQuote < 0) {
            return nextSingleQuote;
        }
        return nextSingleQuote < 0 ? nextDoubleQuote : Math.min(nextDoubleQuote, nextSingleQuote);
    }

    /** Whether the quote at {@code quote} follows {@code =} (white space between allowed). */
    private boolean opensValue(int quote) {
        int i = quote - 1;
        while (i > 0 && isSpace(html.charAt(i))) {
            i--;
        }
        return i >= 0 && html.charAt(i) == '=';
    }

    private void appendText(int from, int to) {
        unescape(html, from, to, false, text);
    }

    private String decode(int from, int to, boolean inAttribute) {
        var value = new TextBuffer(to - from);
        unescape(html, from, to, inAttribute, value);
        return value.toString();
    }

    /**
     * {@code s[from, to)} with its character references decoded as HTML5 reads them: named ones from the
     * standard's table (the old ones also without their semicolon, except inside an attribute value before a
     * letter, digit or {@code =}, where {@code ?a=1&copy=2} is no reference), decimal and hexadecimal ones.
     */
    static void unescape(String s, int from, int to, boolean inAttribute, TextBuffer out) {
        int i = from;
        while (i < to) {
            int amp = s.indexOf('&', i);
            if (amp < 0 || amp >= to) {
                out.append(s, i, to);
                return;
            }
            out.append(s, i, amp);
            i = reference(s, amp, to, inAttribute, out);
        }
    }

    /** Writes the reference at {@code amp} (or the {@code &} itself) and says where the text goes on. */
    private static int reference(String s, int amp, int to, boolean inAttribute, TextBuffer out) {
        int i = amp + 1;
        if (i < to && s.charAt(i) == '#') {
            int j = i + 1;
            boolean hex = j < to && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int digitsStart = j;
            int codePoint = 0;
            for (int d; j < to && (d = Character.digit(s.charAt(j), hex ? 16 : 10)) >= 0 && s.charAt(j) < 0x80; j++) {
                codePoint = codePoint > Character.MAX_CODE_POINT ? codePoint : codePoint * (hex ? 16 : 10) + d;
            }
            if (j == digitsStart) {
                out.append('&');
                return i;
            }
            if (j < to && s.charAt(j) == ';') {
                j++;
            }
            boolean valid = codePoint > 0
                    && codePoint <= Character.MAX_CODE_POINT
                    && (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE);
            out.appendCodePoint(valid ? codePoint : 0xFFFD);
            return j;
        }
        int j = i;
        while (j < to && j - i < 32 && isAsciiLetterOrDigit(s.charAt(j))) {
            j++;
        }
        if (j > i) {
            String name = s.substring(i, j);
            if (j < to && s.charAt(j) == ';') {
                String value = Entities.getByName(name);
                if (!value.isEmpty()) {
                    out.append(value);
                    return j + 1;
                }
            } else {
                String legacy = Entities.findPrefix(name);
                int end = i + legacy.length();
                boolean partOfAValue =
                        inAttribute && end < to && (isAsciiLetterOrDigit(s.charAt(end)) || s.charAt(end) == '=');
                if (!legacy.isEmpty() && !partOfAValue) {
                    out.append(Entities.getByName(legacy));
                    return end;
                }
            }
        }
        out.append('&');
        return i;
    }

    /** Whether the lower-case ASCII {@code name} is at {@code from} in {@code s}, in any case. */
    private static boolean namedAt(String s, int from, String name) {
        if (from + name.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if ((s.charAt(from + k) | 0x20) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** A line break, unless the text already ends one. */
    private void newLine() {
        if (text.length() > 0 && text.last() != '\n') {
            text.append('\n');
        }
    }

    /** Where a comment whose content starts at {@code from} ends (after {@code -->}, or at the end). */
    private int endOfComment(int from) {
        int close = html.indexOf("-->", from);
        return close < 0 ? html.length() : close + 3;
    }

    /** After the next {@code c} from {@code from}, or the end. */
    private int endOf(char c, int from) {
        int i = html.indexOf(c, from);
        return i < 0 ? html.length() : i + 1;
    }

    /** Where {@code </name} starts (any case), or the end of the HTML. */
    private int endTagStart(String name, int from) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            int end = i + 2 + name.length();
            if (namedAt(html, i + 2, name) && (end == html.length() || !isAsciiLetter(html.charAt(end)))) {
                return i;
            }
        }
        return html.length();
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (isSpace(c) || c == '>' || c == '/') {
                break;
            }
            i++;
        }
        return i;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAttributeNameEnd(char c) {
        return isSpace(c) || c == '=' || c == '>' || c == '/';
    }

    /** HTML's white space: space, tab, line feed, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
