package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import jp.spamcenter.complaint.api.ReceiptNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The receipt mail, sent to a real SMTP server on 127.0.0.1 (GreenMail). */
class ReceiptMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());

    @Test
    void theCitizenGetsTheReceiptNumberAndSecretInJapaneseAndEnglish() throws Exception {
        var settings = new ReceiptMail.Settings(
                "127.0.0.1",
                SMTP.getSmtp().getPort(),
                "no-reply@spamcenter.test",
                false,
                null,
                null,
                "https://spamcenter.test/status.xhtml");
        var number = ReceiptNumber.random();
        new ReceiptMail(settings)
                .send("citizen@example.jp", number, "ABCDE-FGHJK", Instant.parse("2026-11-23T01:00:00Z"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("citizen@example.jp");
        assertThat(received.getSubject()).contains("受付番号", number.value());
        String body = ((String) received.getContent());
        assertThat(body)
                .contains(number.value(), "ABCDE-FGHJK", "2026-11-23 10:00", "https://spamcenter.test/status.xhtml")
                .contains("Receipt number", "Follow-up password");
        assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
    }
}
