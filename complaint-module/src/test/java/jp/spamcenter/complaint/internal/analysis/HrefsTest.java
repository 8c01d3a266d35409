package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HrefsTest {

    @Test
    void linkTargetsInEveryQuotingStyle() {
        String html = "<a href=\"https://a.test/x?y=1&amp;z=2\">a</a> <A HREF='http://b.test'>b</A>"
                + "<a href = http://c.test/p>c</a><link rel=stylesheet>";
        assertThat(Hrefs.in(html)).containsExactly("https://a.test/x?y=1&z=2", "http://b.test", "http://c.test/p");
    }
}
