package jp.spamcenter.complaint.testsupport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Generated spam of the usual shapes, for benchmarks: Japanese and English, plain and HTML alternatives,
 * base64 and 8-bit bodies, three to seven relays, 5–50 KB. The same seed gives the same messages.
 */
public final class TypicalSpam {

    private TypicalSpam() {}

    /** 5–50 KB: Japanese and English, plain and HTML alternatives, base64 and 8-bit, 3–7 relays. */
    public static List<byte[]> messages(Random random, int count) {
        var messages = new ArrayList<byte[]>();
        String[] japanese = {
            "有料動画サイトの利用料金が未払いとなっております。本日中にご連絡がない場合、法的手続きに移行します。",
            "はじめまして。プロフィールを見て連絡しました。近くに住んでいるので会いたいです。",
            "お客様のアカウントに不正なログインがありました。本人確認のため下記URLからログインしてください。",
            "審査なしで即日融資。ブラックでもOK。お気軽にご相談ください。",
            "オンラインカジノで今なら入金不要ボーナス進呈。"
        };
        for (int n = 0; n < count; n++) {
            boolean ja = n % 3 != 0;
            int target = 5_000 + random.nextInt(45_000);
            var text = new StringBuilder();
            while (text.length() * (ja ? 3 : 1) < target / 2) {
                text.append(
                                ja
                                        ? japanese[random.nextInt(japanese.length)]
                                        : "Verify your account now at our secure portal. ")
                        .append(" https://spam")
                        .append(random.nextInt(50))
                        .append(".test/p?id=")
                        .append(Long.toHexString(random.nextLong()))
                        .append("\r\n");
            }
            var head = new StringBuilder();
            int hops = 3 + random.nextInt(5);
            for (int h = 0; h < hops; h++) {
                head.append("Received: from relay")
                        .append(h)
                        .append(".example.test (relay")
                        .append(h)
                        .append(".example.test [")
                        .append(20 + random.nextInt(200))
                        .append('.')
                        .append(random.nextInt(256))
                        .append('.')
                        .append(random.nextInt(256))
                        .append('.')
                        .append(1 + random.nextInt(254))
                        .append("]) by mx")
                        .append(h)
                        .append(".carrier.test with ESMTP id Q")
                        .append(n)
                        .append(h)
                        .append("; Mon, 23 Nov 2026 10:0")
                        .append(9 - Math.min(h, 9))
                        .append(":00 +0900\r\n");
            }
            head.append("Authentication-Results: mx0.carrier.test; spf=fail smtp.mailfrom=bulk.test; dkim=none\r\n")
                    .append("From: Sender <info@bulk")
                    .append(n % 20)
                    .append(".test>\r\nTo: citizen@carrier.test\r\n")
                    .append("Subject: =?UTF-8?B?")
                    .append(Base64.getEncoder()
                            .encodeToString((ja ? "【重要】お知らせ " : "Important notice ")
                                    .concat(String.valueOf(n))
                                    .getBytes(StandardCharsets.UTF_8)))
                    .append("?=\r\nDate: Mon, 23 Nov 2026 10:00:00 +0900\r\nMessage-ID: <")
                    .append(n)
                    .append("@bulk.test>\r\nMIME-Version: 1.0\r\n");
            String body;
            if (n % 2 == 0) {
                String html = "<html><body><p>" + text.toString().replace("\r\n", "</p><p>")
                        + "</p><a href=\"https://click.test/x\">click</a></body></html>";
                body = "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n--alt\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + Base64.getMimeEncoder().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8))
                        + "\r\n--alt\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8))
                        + "\r\n--alt--\r\n";
                messages.add((head + body).getBytes(StandardCharsets.UTF_8));
            } else {
                String charset = ja ? "Shift_JIS" : "US-ASCII";
                byte[] bytes = text.toString().getBytes(Charset.forName(ja ? "windows-31j" : "US-ASCII"));
                String h = head + "Content-Type: text/plain; charset=" + charset
                        + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
                byte[] headBytes = h.getBytes(StandardCharsets.US_ASCII);
                byte[] message = Arrays.copyOf(headBytes, headBytes.length + bytes.length);
                System.arraycopy(bytes, 0, message, headBytes.length, bytes.length);
                messages.add(message);
            }
        }
        return messages;
    }
}
