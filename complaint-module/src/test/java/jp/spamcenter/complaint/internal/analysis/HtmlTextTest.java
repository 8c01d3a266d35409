package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void linkTargetsInEveryQuotingStyle() {
        String html = "<a href=\"https://a.test/x?y=1&amp;z=2\">a</a> <A HREF='http://b.test'>b</A>"
                + "<a href = http://c.test/p>c</a><link rel=stylesheet href=http://style.test/s.css>"
                + "<map><area shape=rect href=\" http://d.test/ \"></map><a name=top>no link</a>";
        assertThat(HtmlText.hrefs(html))
                .containsExactly("https://a.test/x?y=1&z=2", "http://b.test", "http://c.test/p", "http://d.test/");
        assertThat(HtmlText.of(html).hrefs()).isEqualTo(HtmlText.hrefs(html));
    }

    @Test
    void textWithoutScriptsStylesCommentsOrTags() {
        String html = "<!DOCTYPE html><html><head><title>ご案内</title><style>p { color: red }</style>"
                + "<script>var a = '<p>not text</p>';</script></head>"
                + "<body><!-- a comment with <b>tags</b> --><p>未払い&nbsp;料金&amp;延滞金</p>"
                + "<div>配信停止は<a href=\"https://stop.test/\">こちら</a></div>x < y &lt;z&gt;<br>end</body></html>";
        var content = HtmlText.of(html);
        assertThat(content.text()).isEqualTo("ご案内\n未払い\u00a0料金&延滞金\n配信停止はこちら\nx < y <z>\nend");
        assertThat(content.hrefs()).containsExactly("https://stop.test/");
    }

    @Test
    void paragraphsAndTableCellsNeverRunTogether() {
        var content = HtmlText.of("<table><tr><td>配信元</td><td>株式会社サンプル</td></tr></table><p>a</p><p>b</p>");
        assertThat(content.text()).isEqualTo("配信元\n株式会社サンプル\na\nb\n");
    }

    @Test
    void brokenMarkupIsReadAsFarAsItGoes() {
        assertThat(HtmlText.of("<p>text <a href=\"https://x.test/unclosed").text())
                .isEqualTo("text ");
        assertThat(HtmlText.of("<p>text <a href=\"https://x.test/unclosed").hrefs())
                .containsExactly("https://x.test/unclosed");
        assertThat(HtmlText.of("before<!-- never closed").text()).isEqualTo("before");
        assertThat(HtmlText.of("a<script>never closed").text()).isEqualTo("a");
        assertThat(HtmlText.of("<SCRIPT>x</SCRIPT >after").text()).isEqualTo("after");
        assertThat(HtmlText.of("1 <2 and 3> 2</").text()).isEqualTo("1 <2 and 3> 2</");
    }

    @Test
    void characterReferencesAsHtmlReadsThem() {
        assertThat(HtmlText.of("&lt;&#65;&#x42;&#X43;&hearts;&amp &copy2026 &unknown; &#; & &#1114112;")
                        .text())
                .isEqualTo("<ABC\u2665& \u00a92026 &unknown; &#; & \ufffd");
        assertThat(HtmlText.hrefs("<a href=\"https://x.test/?a=1&copy=2&amp;b=3&lt=4\">x</a>"))
                .containsExactly("https://x.test/?a=1&copy=2&b=3&lt=4");
    }

    @Test
    void linkTargetsReadInTheBytesOfAnyCharsetThatKeepsAscii() {
        String html = "<p title='表示'>配信停止はこちら<a href=\"https://例え.test/停止?a=1&amp;b=2\">停止</a>"
                + "<img alt=\"ソ表\" src=x><a href=https://b.test/>b</a>";
        var expected = List.of("https://例え.test/停止?a=1&b=2", "https://b.test/");
        for (String charset : List.of("UTF-8", "Shift_JIS", "EUC-JP", "ISO-2022-JP")) {
            byte[] bytes = html.getBytes(java.nio.charset.Charset.forName(charset));
            assertThat(HtmlText.hrefs(bytes, charset)).as(charset).isEqualTo(expected);
        }
        // undeclared: guessed
        assertThat(HtmlText.hrefs(html.getBytes(java.nio.charset.Charset.forName("Shift_JIS")), null))
                .isEqualTo(expected);
    }
}
