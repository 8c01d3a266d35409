package jp.spamcenter.complaint.internal.analysis;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A spam's HTML as an advisor may look at it: through the OWASP Java HTML Sanitizer with a policy of layout and
 * text only. No script, style sheet, form, frame, object or event handler survives; images only from
 * {@code data:} addresses (a remote image would tell the sender the mail was opened); every link becomes plain
 * text with its target written after it, defanged ({@code hxxps://example[.]com/}), so nothing is clickable.
 * The page that shows it adds a sandboxed frame and a policy that loads nothing.
 */
public final class SafeHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "div",
                    "span",
                    "br",
                    "hr",
                    "b",
                    "i",
                    "u",
                    "s",
                    "strong",
                    "em",
                    "small",
                    "big",
                    "sub",
                    "sup",
                    "font",
                    "center",
                    "blockquote",
                    "pre",
                    "code",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "dl",
                    "dt",
                    "dd",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "td",
                    "th",
                    "caption",
                    "img")
            .allowAttributes(
                    "align",
                    "valign",
                    "width",
                    "height",
                    "border",
                    "cellpadding",
                    "cellspacing",
                    "colspan",
                    "rowspan",
                    "bgcolor",
                    "color",
                    "size",
                    "face")
            .globally()
            .allowAttributes("class")
            .onElements("span")
            .allowAttributes("src", "alt")
            .onElements("img")
            .allowUrlProtocols("data")
            .allowStyling()
            .toFactory();

    private SafeHtml() {}

    /** The body's HTML, sanitised. */
    public static String of(String html) {
        Document document = Jsoup.parse(html == null ? "" : html);
        for (Element link : document.select("a")) {
            String target = link.attr("href").strip();
            link.tagName("span").clearAttributes().addClass("link");
            if (!target.isEmpty()) {
                link.after(new Element("span").addClass("defanged").text(" [" + defanged(target) + "]"));
            }
        }
        return POLICY.sanitize(document.body().html());
    }

    /** A link's target written so that no program takes it for one: hxxp, [.] and [:]. */
    static String defanged(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        String defanged = url;
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            defanged = "hxxp" + url.substring(4);
        } else {
            defanged = url.replace(":", "[:]");
        }
        return defanged.replace(".", "[.]");
    }
}
