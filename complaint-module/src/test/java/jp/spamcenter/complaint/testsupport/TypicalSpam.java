package jp.spamcenter.complaint.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Generated spam of the shapes the center receives, for benchmarks. The same seed gives the same messages.
 *
 * <p>{@link #messages} are typical: 5–50 KB, two thirds Japanese; billing fraud, dating, phishing, loans,
 * gambling and advertising mail; 1,500–8,000 characters of prose in paragraphs with a tracked link every few
 * paragraphs, a sender footer with an opt-out link in most; the rest of the bytes HTML markup (product blocks
 * with links) and pictures. One fifth each: UTF-8 HTML with a plain alternative (base64), HTML only, carrier
 * deco-mail (multipart/related with Shift_JIS HTML, its plain alternative and inline GIFs), ISO-2022-JP plain
 * text, Shift_JIS plain text (English: ASCII and quoted-printable); three to seven relays.
 *
 * <p>{@link #linkDense} are a stress case: a tracked link on every line (about a hundred per message).
 */
public final class TypicalSpam {

    private TypicalSpam() {}

    private static final String[][] JAPANESE = {
        { // billing fraud
            "有料動画サイトの利用料金が未払いとなっております。",
            "本日中にご連絡がない場合、法的手続きに移行いたします。",
            "お客様の登録情報は弊社にて管理しております。",
            "延滞金および遅延損害金が発生しておりますのでご注意ください。",
            "退会手続きをご希望の場合は下記までご連絡ください。",
            "お支払いが確認でき次第、手続きを停止いたします。"
        },
        { // dating
            "はじめまして。プロフィールを見て連絡しました。",
            "近くに住んでいるので、よかったら会いたいです。",
            "最近寂しくて、誰かとお話ししたい気分なんです。",
            "お返事はサイトのメッセージからお願いしますね。",
            "写真も載せているので見てもらえると嬉しいです。",
            "今週末は空いていますか？"
        },
        { // phishing
            "お客様のアカウントに不正なログインがありました。",
            "本人確認のため、下記URLからログインしてください。",
            "24時間以内に確認いただけない場合、アカウントを停止いたします。",
            "カード情報の再登録をお願いいたします。",
            "ご不便をおかけしますが、ご協力をお願いいたします。"
        },
        { // loans
            "審査なしで即日融資いたします。",
            "他社借入がある方もお気軽にご相談ください。",
            "最短30分でお振込み、ご来店不要です。",
            "ご返済は月々1万円からご相談に応じます。",
            "今なら初回利息0円キャンペーン実施中です。"
        },
        { // gambling
            "オンラインカジノで今なら入金不要ボーナス進呈。", "登録するだけで3万円分のボーナスをプレゼント。", "スロットもポーカーもスマホで24時間遊べます。", "当選者多数、高配当の実績があります。"
        },
        { // advertising
            "いつもご利用いただきありがとうございます。",
            "本日限定のタイムセールを開催中です。",
            "人気商品が最大80%オフでお買い求めいただけます。",
            "送料無料キャンペーンは今月末までです。",
            "新着アイテムを多数ご用意しております。",
            "会員様だけの特別なクーポンをお届けします。"
        }
    };

    private static final String[][] ENGLISH = {
        {
            "Your subscription payment is overdue.",
            "Legal action will begin unless you settle the outstanding balance today.",
            "Contact our billing department to avoid further charges."
        },
        {
            "Hi, I saw your profile and wanted to say hello.",
            "I am new in town and feeling a little lonely.",
            "Send me a message on the site, I will be waiting."
        },
        {
            "We detected an unusual sign-in attempt on your account.",
            "Verify your identity within 24 hours or your account will be suspended.",
            "This is an automated security notice."
        },
        {
            "Get a personal loan approved today with no credit check.",
            "Funds are transferred within one hour of approval.",
            "Bad credit is not a problem for us."
        },
        {
            "Claim 200 free spins at our online casino.",
            "New players receive a deposit bonus of up to 500 dollars.",
            "Play slots and poker from your phone."
        },
        {
            "Thank you for being a valued customer.",
            "Our biggest sale of the year starts now.",
            "Save up to 70 percent on selected items while stocks last."
        }
    };

    private static final String[] JAPANESE_FOOTERS = {
        "\n\n──────────────\n配信元：株式会社サンプルマーケティング\n〒100-0001 東京都千代田区千代田1-1\n"
                + "お問い合わせ：support@bulk.test\n配信停止はこちら：%s\n",
        "\n\n※このメールは送信専用です。\n今後メールの受信を希望されない方は下記より配信停止の手続きをお願いします。\n%s\n",
        "\n\n運営：合同会社サンプル\n受信拒否：%s\n"
    };

    private static final String[] ENGLISH_FOOTERS = {
        "\n\n--\nSent by Sample Marketing Ltd., 1 Sample Street, Springfield.\nTo stop receiving these messages,"
                + " unsubscribe here: %s\n",
        "\n\nYou received this message because you registered with our partners. Unsubscribe: %s\n"
    };

    /** Typical spam of 5–50 KB (see the class description). */
    public static List<byte[]> messages(Random random, int count) {
        var messages = new ArrayList<byte[]>();
        for (int n = 0; n < count; n++) {
            boolean ja = n % 3 != 0;
            int kind = random.nextInt(JAPANESE.length);
            int target = 5_000 + random.nextInt(45_000);
            var shape = Shape.values()[n % Shape.values().length];
            // what is read: 1,500–6,000 characters of prose (plain mail 2,500–8,000); the rest is markup and images
            int prose = shape.plain() ? 2_500 + random.nextInt(5_500) : 1_500 + random.nextInt(4_500);
            var mail = new Mail(random, n, ja, kind);
            mail.write(prose);
            messages.add(shape.message(mail, target));
        }
        return messages;
    }

    /** The content of one generated mail: paragraphs with tracked links, a footer. */
    private static final class Mail {

        final Random random;
        final int n;
        final boolean ja;
        final int kind;
        final String site;
        final String recipient;
        final List<String> paragraphs = new ArrayList<>();
        String footer = "";

        Mail(Random random, int n, boolean ja, int kind) {
            this.random = random;
            this.n = n;
            this.ja = ja;
            this.kind = kind;
            this.site = "https://" + (ja ? "jp-" : "") + "offer" + random.nextInt(40) + ".test";
            this.recipient = Long.toHexString(random.nextLong());
        }

        void write(int chars) {
            int written = 0;
            while (written < chars) {
                String[] pool = ja ? JAPANESE[kind] : ENGLISH[kind];
                var paragraph = new StringBuilder();
                int sentences = 2 + random.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    paragraph.append(pool[random.nextInt(pool.length)]);
                    if (!ja) {
                        paragraph.append(' ');
                    }
                }
                if (random.nextInt(3) == 0) {
                    paragraph.append(ja ? "\n▼詳しくはこちら\n" : "\nDetails: ").append(link("c"));
                }
                if (random.nextInt(8) == 0) {
                    paragraph
                            .append(ja ? "\nお電話：0" : "\nCall: 0")
                            .append(3 + random.nextInt(7))
                            .append('-')
                            .append(1000 + random.nextInt(9000))
                            .append('-')
                            .append(1000 + random.nextInt(9000));
                }
                paragraphs.add(paragraph.toString());
                written += paragraph.length();
            }
            if (random.nextInt(10) < 7) {
                String[] footers = ja ? JAPANESE_FOOTERS : ENGLISH_FOOTERS;
                footer = String.format(footers[random.nextInt(footers.length)], link("stop"));
            }
        }

        /** A link to the sender's site, tracked per recipient and message. */
        String link(String path) {
            return site + "/" + path + "/" + (1 + random.nextInt(20)) + "?u=" + recipient + "&m=" + n;
        }

        String text() {
            return String.join("\n\n", paragraphs) + footer;
        }

        /** The HTML version, with product blocks (picture, name, price, link) until it is about this long. */
        String html(int length) {
            var html = new StringBuilder(
                    "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><style>body{margin:0;padding:0}"
                            + " .btn{background:#e60033;color:#fff;padding:12px 24px;border-radius:4px}</style>"
                            + "</head><body><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""
                            + " style=\"background-color:#f4f4f4\"><tr><td align=\"center\">"
                            + "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""
                            + " style=\"background-color:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif\">\r\n");
            for (String paragraph : paragraphs) {
                html.append("<tr><td style=\"padding:16px 24px;font-size:15px;line-height:1.7;color:#333333\">");
                for (String line : paragraph.split("\n")) {
                    if (line.startsWith("https://")) {
                        html.append("<a href=\"")
                                .append(line)
                                .append("\" class=\"btn\" style=\"display:inline-block;text-decoration:none\">")
                                .append(
                                        "<img src=\"https://img.bulk.test/btn.png\" width=\"200\" height=\"48\" alt=\"\">")
                                .append("</a><br>");
                    } else {
                        html.append(line).append("<br>\r\n");
                    }
                }
                html.append("</td></tr>\r\n");
            }
            int product = 0;
            while (html.length() < length) {
                product++;
                html.append("<tr><td style=\"padding:12px 24px;border-top:1px solid #eeeeee\">")
                        .append("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>")
                        .append("<td width=\"120\" valign=\"top\"><a href=\"")
                        .append(link("item"))
                        .append("\"><img src=\"https://img.bulk.test/item/")
                        .append(product)
                        .append(
                                ".jpg\" width=\"120\" height=\"120\" alt=\"\" style=\"display:block;border:0\"></a></td>")
                        .append(
                                "<td valign=\"top\" style=\"padding-left:16px;font-size:14px;line-height:1.6;color:#333\">")
                        .append("<p style=\"margin:0 0 4px 0;font-weight:bold\">")
                        .append(ja ? "人気アイテム No." : "Bestseller No.")
                        .append(product)
                        .append("</p><p style=\"margin:0;color:#e60033;font-size:18px\">")
                        .append(ja ? "税込 " : "$")
                        .append(1_000 + random.nextInt(30_000))
                        .append(ja ? "円" : "")
                        .append("</p></td></tr></table></td></tr>\r\n");
            }
            return html.append("<tr><td style=\"padding:24px;font-size:12px;color:#999999\">")
                    .append(footer.replace("\n", "<br>\r\n"))
                    .append("</td></tr></table></td></tr></table>")
                    .append(
                            "<img src=\"https://t.bulk.test/open.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>")
                    .toString();
        }
    }

    /** How a message is encoded. */
    private enum Shape {
        /** PC marketing mail: UTF-8 HTML with its plain alternative, base64. */
        ALTERNATIVE,
        /** Old carrier and PC mail: ISO-2022-JP (or ASCII) plain text. */
        PLAIN_LEGACY,
        /** HTML only, base64: the plain alternative left out. */
        HTML_ONLY,
        /** Carrier deco-mail: multipart/related, Shift_JIS HTML and its plain alternative, inline pictures. */
        DECO_MAIL,
        /** Shift_JIS plain text, or quoted-printable UTF-8 English. */
        PLAIN_MODERN;

        boolean plain() {
            return this == PLAIN_LEGACY || this == PLAIN_MODERN;
        }

        byte[] message(Mail mail, int target) {
            String head = head(mail.random, mail.n, mail.ja, mail.kind);
            String text = mail.text();
            return switch (this) {
                case ALTERNATIVE ->
                    ascii(head
                            + "Content-Type: multipart/alternative; boundary=\"=_alt\"\r\n\r\n--=_alt\r\n"
                            + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                            + base64(text)
                            + "\r\n--=_alt\r\nContent-Type: text/html; charset=UTF-8\r\n"
                            + "Content-Transfer-Encoding: base64\r\n\r\n"
                            + base64(mail.html(target * 3 / 4 - text.length() * (mail.ja ? 3 : 1)))
                            + "\r\n--=_alt--\r\n");
                case HTML_ONLY ->
                    ascii(head
                            + "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                            + base64(mail.html(target * 3 / 4))
                            + "\r\n");
                case DECO_MAIL -> decoMail(mail, head, text, target);
                case PLAIN_LEGACY ->
                    mail.ja
                            ? concat(
                                    ascii(head + "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
                                            + "Content-Transfer-Encoding: 7bit\r\n\r\n"),
                                    crlf(text).getBytes(Charset.forName("ISO-2022-JP")))
                            : ascii(head + "Content-Type: text/plain; charset=US-ASCII\r\n"
                                    + "Content-Transfer-Encoding: 7bit\r\n\r\n" + crlf(text));
                case PLAIN_MODERN ->
                    mail.ja
                            ? concat(
                                    ascii(head + "Content-Type: text/plain; charset=Shift_JIS\r\n"
                                            + "Content-Transfer-Encoding: 8bit\r\n\r\n"),
                                    crlf(text).getBytes(Charset.forName("windows-31j")))
                            : ascii(head + "Content-Type: text/plain; charset=UTF-8\r\n"
                                    + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(text));
            };
        }

        private static byte[] decoMail(Mail mail, String head, String text, int target) {
            Charset sjis = Charset.forName("windows-31j");
            var out = new ByteArrayOutputStream(target + 4096);
            out.writeBytes(ascii(head
                    + "Content-Type: multipart/related; type=\"multipart/alternative\"; boundary=\"=_rel\"\r\n\r\n"
                    + "--=_rel\r\nContent-Type: multipart/alternative; boundary=\"=_alt\"\r\n\r\n--=_alt\r\n"
                    + "Content-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"));
            out.writeBytes(crlf(text).getBytes(sjis));
            out.writeBytes(ascii("\r\n--=_alt\r\nContent-Type: text/html; charset=Shift_JIS\r\n"
                    + "Content-Transfer-Encoding: 8bit\r\n\r\n"));
            out.writeBytes(mail.html(0).getBytes(sjis));
            out.writeBytes(ascii("\r\n--=_alt--\r\n"));
            for (int picture = 1; out.size() < target; picture++) {
                byte[] gif = new byte[Math.min(12_000, Math.max(600, (target - out.size()) * 3 / 4))];
                mail.random.nextBytes(gif);
                System.arraycopy(ascii("GIF89a"), 0, gif, 0, 6);
                out.writeBytes(ascii("--=_rel\r\nContent-Type: image/gif; name=\"deco" + picture
                        + ".gif\"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <deco" + picture
                        + "@bulk.test>\r\nContent-Disposition: inline; filename=\"deco" + picture + ".gif\"\r\n\r\n"
                        + Base64.getMimeEncoder().encodeToString(gif) + "\r\n"));
            }
            out.writeBytes(ascii("--=_rel--\r\n"));
            return out.toByteArray();
        }
    }

    private static String head(Random random, int n, boolean ja, int kind) {
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
                    .append("])\r\n\tby mx")
                    .append(h)
                    .append(".carrier.test with ESMTP id Q")
                    .append(n)
                    .append(h)
                    .append(";\r\n\tMon, 23 Nov 2026 10:0")
                    .append(9 - Math.min(h, 9))
                    .append(":00 +0900\r\n");
        }
        String[] subjects = ja
                ? new String[] {"【重要】ご利用料金のお知らせ", "お会いできませんか", "【緊急】アカウント確認のお願い", "即日融資のご案内", "ボーナス進呈のお知らせ", "本日限定セール"}
                : new String[] {
                    "Payment overdue",
                    "Hello from nearby",
                    "Security alert",
                    "Loan approved",
                    "Free spins inside",
                    "Biggest sale"
                };
        return head.append("Authentication-Results: mx0.carrier.test; spf=fail smtp.mailfrom=bulk")
                .append(n % 20)
                .append(".test; dkim=none; dmarc=fail header.from=bulk")
                .append(n % 20)
                .append(".test\r\nFrom: =?UTF-8?B?")
                .append(base64Word(ja ? "サポートセンター" : "Customer Service"))
                .append("?= <info@bulk")
                .append(n % 20)
                .append(".test>\r\nTo: citizen@carrier.test\r\nSubject: =?UTF-8?B?")
                .append(base64Word(subjects[kind] + " " + n))
                .append("?=\r\nDate: Mon, 23 Nov 2026 10:00:00 +0900\r\nMessage-ID: <")
                .append(n)
                .append(".")
                .append(Long.toHexString(random.nextLong()))
                .append("@bulk.test>\r\nMIME-Version: 1.0\r\n")
                .toString();
    }

    /**
     * A tracked link on every line: about a hundred links per message, Japanese and English, 5–50 KB, half of
     * the bytes prose; UTF-8 HTML with a plain alternative, or Shift_JIS and quoted-printable plain text.
     */
    public static List<byte[]> linkDense(Random random, int count) {
        var messages = new ArrayList<byte[]>();
        for (int n = 0; n < count; n++) {
            boolean ja = n % 3 != 0;
            int target = 5_000 + random.nextInt(45_000);
            var mail = new Mail(random, n, ja, 0);
            var text = new StringBuilder();
            while (text.length() * (ja ? 3 : 1) < target / 2) {
                text.append(ja ? JAPANESE[0][random.nextInt(JAPANESE[0].length)] : ENGLISH[2][0])
                        .append(" https://spam")
                        .append(random.nextInt(50))
                        .append(".test/p?id=")
                        .append(Long.toHexString(random.nextLong()))
                        .append("\n");
            }
            mail.paragraphs.add(text.toString());
            messages.add((n % 2 == 0 ? Shape.ALTERNATIVE : Shape.PLAIN_MODERN).message(mail, 0));
        }
        return messages;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new ByteArrayOutputStream(a.length + b.length + 2);
        out.writeBytes(a);
        out.writeBytes(b);
        out.writeBytes(new byte[] {'\r', '\n'});
        return out.toByteArray();
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    private static String base64(String text) {
        return Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64Word(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Quoted-printable (RFC 2045) of UTF-8 text, lines broken at 76 characters with soft breaks. */
    private static String quotedPrintable(String text) {
        var out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int width = 0;
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                int c = bytes[i] & 0xff;
                boolean lastOfLine = i == bytes.length - 1;
                String piece = c >= 33 && c <= 126 && c != '=' || c == ' ' && !lastOfLine
                        ? String.valueOf((char) c)
                        : String.format("=%02X", c);
                if (width + piece.length() > 75) {
                    out.append("=\r\n");
                    width = 0;
                }
                out.append(piece);
                width += piece.length();
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
