package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The link targets of an HTML part whose text is not needed (it has a plain alternative): found by looking
 * for {@code href=} without building a document. Never follows or renders anything.
 */
final class Hrefs {

    private static final int MAX = 500;

    private Hrefs() {}

    static List<String> in(String html) {
        var hrefs = new ArrayList<String>();
        for (int at = Chars.indexOfIgnoreCase(html, "href", 0);
                at >= 0 && hrefs.size() < MAX;
                at = Chars.indexOfIgnoreCase(html, "href", at + 4)) {
            int i = at + 4;
            while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i >= html.length() || html.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i >= html.length()) {
                break;
            }
            char quote = html.charAt(i);
            int start = quote == '"' || quote == '\'' ? i + 1 : i;
            int end = start;
            while (end < html.length()) {
                char c = html.charAt(end);
                if ((quote == '"' || quote == '\'') ? c == quote : (Character.isWhitespace(c) || c == '>')) {
                    break;
                }
                end++;
            }
            hrefs.add(org.jsoup.parser.Parser.unescapeEntities(html.substring(start, end), true));
        }
        return hrefs;
    }
}
