package jp.spamcenter.complaint.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintRejected.Reason;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.ReceiptNumber;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:02:03Z");

    @Test
    void takesWhatTheCitizenEnteredTrimmed() {
        var input = new NewComplaint("  件名  ", "\n本文\n", " 13 ", Optional.of(" a@b.jp "));
        var complaint = Complaint.from(input, ReceiptNumber.random(), NOW);
        assertThat(complaint.subject()).isEqualTo("件名");
        assertThat(complaint.messageText()).isEqualTo("本文");
        assertThat(complaint.prefectureCode()).isEqualTo("13");
        assertThat(complaint.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void anSmsNeedsNoSubjectAndKeepsItsSenderAndItsKind() {
        var input = NewComplaint.onWebForm(
                        "",
                        "【佐川急便】お荷物をお届けに伺いましたが不在でした。\nhttp://sagawa-xm.duckdns.org/",
                        "13",
                        Optional.empty(),
                        Channel.SMS,
                        null)
                .withSms(new NewComplaint.Sms(
                        "090-1234-5678", NOW.minusSeconds(3_600), jp.spamcenter.complaint.api.SmsSenders.Carrier.AU));
        var complaint = Complaint.from(input, ReceiptNumber.random(), NOW);
        assertThat(complaint.subject()).isEqualTo("SMS 09012345678: 【佐川急便】お荷物をお届けに伺いましたが不在でした。");
        assertThat(complaint.smsSender()).isEqualTo("09012345678");
        assertThat(complaint.smsSenderKind()).isEqualTo("MOBILE");
        assertThat(complaint.smsReceivedAt()).isEqualTo(NOW.minusSeconds(3_600));
        assertThat(complaint.smsCarrier()).isEqualTo(jp.spamcenter.complaint.api.SmsSenders.Carrier.AU);
    }

    @Test
    void anSmsSenderNoPhoneShowsAndAnArrivalInTheFutureAreRefused() {
        var input = NewComplaint.onWebForm("", "text", "13", Optional.empty(), Channel.SMS, null)
                .withSms(new NewComplaint.Sms("<b>090</b>", NOW.plusSeconds(86_400), null));
        var rejected =
                catchThrowableOfType(ComplaintRejected.class, () -> Complaint.from(input, ReceiptNumber.random(), NOW));
        assertThat(rejected.reasons())
                .containsExactly(
                        new Reason("smsSender", "complaint.smsSender.invalid"),
                        new Reason("smsReceivedAt", "complaint.smsReceivedAt.future"));
    }

    @Test
    void namesEveryProblemAtOnce() {
        var input = new NewComplaint(" ", "", "99", Optional.of("not an address"));
        var rejected =
                catchThrowableOfType(ComplaintRejected.class, () -> Complaint.from(input, ReceiptNumber.random(), NOW));
        assertThat(rejected.reasons())
                .containsExactly(
                        new Reason("subject", "complaint.subject.required"),
                        new Reason("messageText", "complaint.messageText.required"),
                        new Reason("prefecture", "complaint.prefecture.unknown"),
                        new Reason("contactEmail", "complaint.contactEmail.invalid"));
    }

    @Test
    void aContactAddressIsAMailboxAtAHostName() {
        for (String address : List.of(
                "hanako.sato@example.jp",
                "taro..yamada.@docomo.ne.jp",
                "o'brien+spam@mail.example.co.uk",
                "jiro@例え.jp",
                "x@xn--r8jz45g.xn--zckzah")) {
            assertThat(Complaint.isMailable(address)).as(address).isTrue();
        }
        for (String address : List.of(
                "\"><script>alert(1)</script>@example.jp",
                "x@[127.0.0.1]",
                "x@127.0.0.1",
                "x@localhost",
                "a b@example.jp",
                "<x@example.jp>",
                "x@-example.jp",
                "x@example.j1")) {
            assertThat(Complaint.isMailable(address)).as(address).isFalse();
            var input = new NewComplaint("subject", "text", "13", Optional.of(address));
            assertThat(catchThrowableOfType(
                                    ComplaintRejected.class, () -> Complaint.from(input, ReceiptNumber.random(), NOW))
                            .reasons())
                    .as(address)
                    .containsExactly(new Reason("contactEmail", "complaint.contactEmail.invalid"));
        }
    }

    @Test
    void limitsLengths() {
        var input = new NewComplaint(
                "x".repeat(Complaint.SUBJECT_MAX + 1),
                "y".repeat(Complaint.MESSAGE_TEXT_MAX + 1),
                "",
                Optional.empty());
        var rejected =
                catchThrowableOfType(ComplaintRejected.class, () -> Complaint.from(input, ReceiptNumber.random(), NOW));
        assertThat(rejected.reasons())
                .extracting(Reason::messageKey)
                .containsExactly(
                        "complaint.subject.tooLong", "complaint.messageText.tooLong", "complaint.prefecture.required");
    }

    @Test
    void withTheMessageItselfSubjectAndTextMayBeEmptyButTheMessageMayNot() {
        var withMessage = NewComplaint.onWebForm("", "", "13", Optional.empty(), Channel.SMS, new byte[] {'x'});
        var complaint = Complaint.from(withMessage, ReceiptNumber.random(), NOW);
        assertThat(complaint.channel()).isEqualTo(Channel.SMS);
        assertThat(complaint.intake()).isEqualTo(Intake.WEB_FORM);

        var phone = NewComplaint.byPhone("件名", "本文", "13", Optional.empty(), Channel.MOBILE_MAIL, "advisor1");
        assertThat(Complaint.from(phone, ReceiptNumber.random(), NOW).intake()).isEqualTo(Intake.PHONE);

        var empty = NewComplaint.onWebForm("", "", "13", Optional.empty(), Channel.PC_MAIL, new byte[0]);
        var rejected =
                catchThrowableOfType(ComplaintRejected.class, () -> Complaint.from(empty, ReceiptNumber.random(), NOW));
        assertThat(rejected.reasons()).containsExactly(new Reason("message", "complaint.message.empty"));

        var huge = NewComplaint.onWebForm(
                "s", "t", "13", Optional.empty(), Channel.PC_MAIL, new byte[Complaint.MESSAGE_MAX + 1]);
        rejected =
                catchThrowableOfType(ComplaintRejected.class, () -> Complaint.from(huge, ReceiptNumber.random(), NOW));
        assertThat(rejected.reasons()).containsExactly(new Reason("message", "complaint.message.tooLarge"));
    }

    @Test
    void aBlankContactIsAnAnonymousReport() {
        var input = new NewComplaint("s", "t", "01", Optional.of("   "));
        assertThat(input.contactEmail()).isEmpty();
        assertThat(Complaint.from(input, ReceiptNumber.random(), NOW).subject()).isEqualTo("s");
    }
}
