package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import jp.spamcenter.complaint.api.AnalysisResult.Status;
import jp.spamcenter.complaint.api.AnalysisResult.Wrapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real third-party messages: Japanese mail, ARF reports, and mime4j's own test messages. */
class CorpusConformanceTest {

    private final MessageAnalyzer analyzer = new MessageAnalyzer();

    /** The recipient's own relays and the mailing list's, as the center would configure its own. */
    private final MessageAnalyzer recipientTrusts = new MessageAnalyzer(
            MessageAnalyzer.Limits.DEFAULT, java.util.List.of("130.183.70.0/24", "64.5.98.30"), CountryLookup.NONE);

    @Test
    void realIso2022JpMessagesAreReadInJapanese() {
        byte[] raw = SampleMessages.resource("/corpus/ja/iso-2022-jp.1.eml");
        var first = analyzer.analyse(raw);
        assertThat(first.status()).isEqualTo(Status.OK);
        assertThat(first.sender().address()).isEqualTo("shinichiro@stained-g.net");
        assertThat(first.hops()).hasSizeGreaterThan(5);
        // untrusted, the first public relay is the recipient's own; trusting it, the list server's sender
        assertThat(first.origin().ip()).isEqualTo("130.183.70.10");
        assertThat(recipientTrusts.analyse(raw).origin().ip()).isEqualTo("210.136.155.2");

        var second = analyzer.analyse(SampleMessages.resource("/corpus/ja/iso-2022-jp.2.eml"));
        assertThat(second.status()).isIn(Status.OK, Status.PARTIAL);
        assertThat(first.textExcerpt()).contains("MHonArc"); // its Japanese is in an attachment, left unopened
        assertThat(second.textExcerpt()).containsPattern("[\\u3040-\\u30ff]{3}").doesNotContain("\ufffd");
    }

    static Stream<String> arfReports() {
        return Stream.of("01", "02", "11", "12", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25")
                .map(n -> "/corpus/arf/arf-" + n + ".eml");
    }

    @ParameterizedTest
    @MethodSource("arfReports")
    void arfReportsAreUnwrappedToTheReportedMessage(String path) {
        var result = analyzer.analyse(SampleMessages.resource(path));
        assertThat(result.status()).isIn(Status.OK, Status.PARTIAL);
        assertThat(result.wrapping()).as(path).isEqualTo(Wrapping.ATTACHED);
        assertThat(result.reporter()).isNotNull();
        assertThat(result.spam()).isNotNull();
    }

    @Test
    void anUnsubscribeNoticeInTheSetIsNoReport() {
        var result = analyzer.analyse(SampleMessages.resource("/corpus/arf/arf-26.eml"));
        assertThat(result.wrapping()).isEqualTo(Wrapping.AS_IS);
        assertThat(result.spam().subject()).isEqualTo("unsubscribe");
    }

    @Test
    void mime4jTestMessagesAreAllAnalysedWithoutFailing() throws IOException {
        var jar = new java.io.File(org.apache.james.mime4j.stream.MimeConfig.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath()
                .replace(".jar", "-tests.jar"));
        var unreadable = new ArrayList<String>();
        int analysed = 0;
        try (var tests = new JarFile(jar)) {
            for (var entry : java.util.Collections.list(tests.entries())) {
                if (!entry.getName().endsWith(".msg")) {
                    continue;
                }
                byte[] raw = tests.getInputStream(entry).readAllBytes();
                var result = analyzer.analyse(raw);
                analysed++;
                assertThat(result.sha256()).isEqualTo(MessageAnalyzer.sha256(raw));
                if (result.status() == Status.UNPARSEABLE) {
                    unreadable.add(entry.getName() + ": " + result.problems());
                }
            }
        }
        assertThat(analysed).isGreaterThanOrEqualTo(80);
        assertThat(unreadable).isEmpty();
    }
}
