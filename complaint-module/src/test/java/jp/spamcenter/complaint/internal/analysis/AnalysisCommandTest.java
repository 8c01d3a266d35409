package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators' command line: one JSON line per message, for .eml files, folders and mbox files. */
class AnalysisCommandTest {

    @Test
    void oneJsonLinePerMessageOfAFolderAndAnMbox(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.eml"), SampleMessages.billingFraudShiftJis());
        Files.write(dir.resolve("b.eml"), SampleMessages.gmailInlineForward());
        String mbox = "From sender@example.test Mon Nov 23 10:00:00 2026\n"
                + "From: a@example.test\nSubject: first\n\nhello\n>From the quoted line\n"
                + "From sender@example.test Mon Nov 23 10:05:00 2026\n"
                + "From: b@example.test\nSubject: second\n\nworld\n";
        Path mboxFile = Files.writeString(dir.resolve("inbox.mbox"), mbox);

        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            AnalysisCommand.main(new String[] {dir.toString()});
        } finally {
            System.setOut(original);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("{\"file\":").contains("a.eml", "\"code\":\"BILLING_FRAUD\"", "未払いのお知らせ");
        assertThat(lines[1]).contains("b.eml", "\"code\":\"PHISHING\"", "INLINE_FORWARD");
        assertThat(lines[2]).contains("inbox.mbox", "\"index\":0", "\"subject\":\"first\"");
        assertThat(lines[3]).contains("\"index\":1", "\"subject\":\"second\"");
        assertThat(Mbox.split(Files.readAllBytes(mboxFile)).get(0))
                .asString(StandardCharsets.UTF_8)
                .contains("\nFrom the quoted line\n");
    }
}
