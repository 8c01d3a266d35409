package jp.spamcenter.complaint.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportedMessageTest {

    @Test
    void aPastedSourceIsTakenAsItIs() {
        String source = "Received: from x (x [203.0.113.9]) by mx.test; Mon, 23 Nov 2026 10:00:00 +0900\n"
                + "From: a@b.test\nSubject: hi\n\nbody\n";
        String message = new String(ReportedMessage.of("件名", source), StandardCharsets.UTF_8);
        assertThat(message)
                .startsWith("Received: from x")
                .contains("\r\nFrom: a@b.test\r\n")
                .doesNotContain("=?UTF-8?");
    }

    @Test
    void typedTextBecomesAMessageWithTheSubject() {
        String message = new String(ReportedMessage.of("未払いのお知らせ", "本文です\nURL: http://x.test"), StandardCharsets.UTF_8);
        assertThat(message)
                .startsWith("Subject: =?UTF-8?B?")
                .contains("charset=UTF-8")
                .endsWith("本文です\r\nURL: http://x.test");
    }
}
