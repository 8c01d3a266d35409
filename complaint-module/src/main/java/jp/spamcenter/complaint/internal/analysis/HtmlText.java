package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

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
        for (String block : List.of(
                "address",
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
            if (NAMES[slot].length() == length && html.regionMatches(true, from, NAMES[slot], 0, length)) {
                return slot;
            }
        }
        return -1;
    }

    private final String html;
    private final boolean wantText;
    private final StringBuilder text;
    private final List<String> hrefs = new ArrayList<>();
    private int at;
    /** The next {@code "} and {@code '} at or after where they were last looked for; -1 when there is none. */
    private int nextDoubleQuote;

    private int nextSingleQuote;

    private HtmlText(String html, boolean wantText) {
        this.html = html;
        this.wantText = wantText;
        this.text = wantText ? new StringBuilder(html.length() / 2) : null;
        this.nextDoubleQuote = html.indexOf('"');
        this.nextSingleQuote = html.indexOf('\'');
    }

    /** The text and the link targets. */
    static Content of(String html) {
        var reader = new HtmlText(html, true);
        reader.run();
        return new Content(reader.text.toString(), List.copyOf(reader.hrefs));
    }

    /** Only the link targets: for an HTML part whose plain alternative is the text. */
    static List<String> hrefs(String html) {
        var reader = new HtmlText(html, false);
        reader.run();
        return List.copyOf(reader.hrefs);
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
                        && html.regionMatches(true, attributeStart, "href", 0, 4)) {
                    hrefs.add(decode(valueStart, valueEnd, true).strip());
                }
            } else {
                i = j;
            }
        }
        at = i;
        if (kind == Kind.RAW_TEXT) {
            at = afterEndTag(NAMES[slot], at);
        } else if (kind == Kind.TEXT_ONLY) {
            int end = endTagStart(NAMES[slot], at);
            if (wantText) {
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
        for (int i = from; i < to; i++) {
            if (html.charAt(i) == '&') {
                text.append(html, from, i).append(Parser.unescapeEntities(html.substring(i, to), false));
                return;
            }
        }
        text.append(html, from, to);
    }

    private String decode(int from, int to, boolean inAttribute) {
        String raw = html.substring(from, to);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, inAttribute);
    }

    /** A line break, unless the text already ends one. */
    private void newLine() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
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

    /** After the end tag of a raw-text element, or the end of the HTML when it has none. */
    private int afterEndTag(String name, int from) {
        int start = endTagStart(name, from);
        return start < html.length() ? endOf('>', start) : start;
    }

    /** Where {@code </name} starts (any case), or the end of the HTML. */
    private int endTagStart(String name, int from) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            int end = i + 2 + name.length();
            if (html.regionMatches(true, i + 2, name, 0, name.length())
                    && (end == html.length() || !isAsciiLetter(html.charAt(end)))) {
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
