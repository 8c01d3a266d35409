package jp.spamcenter.complaint.internal.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Spam messages as citizens forward them, built for tests (real third-party ones are under corpus/). */
public final class SampleMessages {

    static final String SPAM_IP = "203.0.113.7"; // documentation range: never a real sender
    public static final String ORIGIN_IP = "45.76.12.34";

    private SampleMessages() {}

    /** A Japanese billing-fraud spam as received at a carrier, Shift_JIS declared. */
    public static byte[] billingFraudShiftJis() {
        String body = "山田太郎様\r\n\r\n有料動画サイトの利用料金が未払いとなっております。\r\n"
                + "本日中にご連絡がない場合、法的手続きに移行します。\r\n"
                + "お問い合わせ：03-1234-5678\r\n詳細 http://example-billing.test/pay?id=ab12cd34ef\r\n";
        String headers = "Return-Path: <bounce@bulk-sender.test>\r\n"
                + "Received: from mx.carrier.test (mx.carrier.test [10.0.0.5]) by mailbox.carrier.test with ESMTP id A1;"
                + " Mon, 23 Nov 2026 10:00:05 +0900\r\n"
                + "Received: from unknown (HELO pc) (" + ORIGIN_IP + ") by mx.carrier.test with SMTP;"
                + " Mon, 23 Nov 2026 10:00:01 +0900\r\n"
                + "Received: from [192.168.1.10] by pc.local; Mon, 23 Nov 2026 09:59:59 +0900\r\n"
                + "Authentication-Results: mx.carrier.test; spf=fail smtp.mailfrom=bulk-sender.test; dkim=none\r\n"
                + "From: =?ISO-2022-JP?B?GyRCQEE1YSU7JXMlPyE8GyhC?= <info@support-center.test>\r\n"
                + "To: taro@carrier.test\r\n"
                + "Subject: =?ISO-2022-JP?B?GyRCTCRKJyQkJE4kKkNOJGkkOxsoQg==?=\r\n"
                + "Date: Mon, 23 Nov 2026 09:59:58 +0900\r\n"
                + "Message-ID: <123@bulk-sender.test>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=Shift_JIS\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n";
        return concat(headers.getBytes(StandardCharsets.US_ASCII), body.getBytes(Charset.forName("Shift_JIS")));
    }

    /** The citizen's mail client forwarded the spam as an attachment. */
    public static byte[] forwardedAsAttachment(byte[] spam) {
        String head = "From: Citizen <citizen@example.jp>\r\nTo: report@spamcenter.test\r\n"
                + "Subject: Fwd: spam\r\nDate: Mon, 23 Nov 2026 12:00:00 +0900\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nこのメールが届きました。\r\n"
                + "--b1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n";
        return concat(
                head.getBytes(StandardCharsets.UTF_8), spam, "\r\n--b1--\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Gmail's inline forward of an English phishing mail. */
    public static byte[] gmailInlineForward() {
        String text = "FYI\r\n\r\n---------- Forwarded message ---------\r\n"
                + "From: Security Team <no-reply@paypa1-secure.test>\r\n"
                + "Date: Sun, 22 Nov 2026 at 21:05\r\n"
                + "Subject: Your account has been suspended\r\n"
                + "To: <citizen@example.jp>\r\n\r\n"
                + "Dear customer,\r\nWe noticed unusual sign-in activity. Verify your account within 24 hours at\r\n"
                + "hxxps://paypa1-secure[.]test/login?u=8842 or it will be closed.\r\n";
        String mail = "From: Citizen <citizen@example.jp>\r\nTo: report@spamcenter.test\r\n"
                + "Subject: Fwd: Your account has been suspended\r\nDate: Mon, 23 Nov 2026 12:00:00 +0900\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n";
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    /** A dating spam that meets every display duty (a lawful advertisement would). */
    static String datingWithDisplayDuties() {
        return "はじめまして。プロフィールを見て連絡しました。素敵な出会いを探しませんか。\n"
                + "https://deai.example.test/?r=xx81\n\n"
                + "配信停止はこちら：https://deai.example.test/stop\n"
                + "送信者：株式会社サンプルマッチング\n"
                + "〒100-0001 東京都千代田区千代田1-1\n"
                + "お問い合わせ：support@deai.example.test\n";
    }

    public static byte[] resource(String path) {
        try (InputStream in = SampleMessages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
