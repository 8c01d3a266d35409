package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void foldsBecomeOneSpaceAndOtherLineBreaksGo() {
        assertThat(HeaderText.unfold("from a.test\r\n\tby b.test\r\n  id 1")).isEqualTo("from a.test by b.test id 1");
        assertThat(HeaderText.unfold("a\r\nb\rc\n")).isEqualTo("abc");
        assertThat(HeaderText.unfold("no breaks")).isEqualTo("no breaks");
    }

    @Test
    void unfoldingReadsAsRfc5322Says() {
        // the definition: CRLF (or a bare LF) followed by white space is a fold
        var random = new Random(5322);
        String alphabet = "ab \t\r\n";
        for (int n = 0; n < 20_000; n++) {
            var s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = s.toString()
                    .replaceAll("\\r?\\n[ \\t]+", " ")
                    .replace("\r", "")
                    .replace("\n", "");
            assertThat(HeaderText.unfold(s.toString())).as("%s", s).isEqualTo(expected);
        }
    }

    @Test
    void encodedWordsDecodedAlsoWithTheMicrosoftExtensions() {
        assertThat(HeaderText.decodeWords("=?UTF-8?B?5pyq5omV44GE?= notice")).isEqualTo("未払い notice");
        assertThat(HeaderText.decodeWords("  plain subject  ")).isEqualTo("plain subject");
    }
}
