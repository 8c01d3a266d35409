package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
}
