package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A spam's HTML as advisors see it: layout and text, nothing that runs, loads or links. */
class SafeHtmlTest {

    @Test
    void nothingRunsNothingLoadsNothingLinks() {
        String safe = SafeHtml.of("<html><head><script>alert(1)</script><style>body{background:url(https://x.test/a)}"
                + "</style><link rel=stylesheet href=https://cdn.test/x.css></head><body onload=alert(2)>"
                + "<p style=\"color:red\" onclick=\"alert(3)\">Amazon <b>アカウント停止</b></p>"
                + "<a href=\"https://amazon-co-jp.security-check.top/login?id=1\">ログイン</a>"
                + "<a href=\"javascript:alert(4)\">x</a>"
                + "<img src=\"https://tracker.test/p.gif\"><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=logo>"
                + "<form action=https://x.test><input name=p></form><iframe src=https://x.test></iframe>"
                + "<svg onload=alert(5)></svg><table><tr><td bgcolor=#eee>料金</td></tr></table></body></html>");

        assertThat(safe)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("<a ")
                .doesNotContainIgnoringCase("href")
                .doesNotContainIgnoringCase("<form")
                .doesNotContainIgnoringCase("<input")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<link")
                .doesNotContain("tracker.test")
                .doesNotContain("https://");
        assertThat(safe).contains("アカウント停止", "<b>", "<table>", "料金", "color:red", "data:image/png");
        assertThat(safe).contains("[hxxps://amazon-co-jp[.]security-check[.]top/login?id&#61;1]");
        assertThat(safe).contains("ログイン");
    }

    @Test
    void defangingNeutralisesEveryScheme() {
        assertThat(SafeHtml.defanged("http://evil.example/a.b")).isEqualTo("hxxp://evil[.]example/a[.]b");
        assertThat(SafeHtml.defanged("javascript:alert(1)")).isEqualTo("javascript[:]alert(1)");
        assertThat(SafeHtml.defanged("mailto:a@b.jp")).isEqualTo("mailto[:]a@b[.]jp");
    }
}
