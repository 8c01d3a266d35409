package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ReceiptNumber;

/**
 * The receipt mailed to a citizen who gave a contact address: the receipt number and the follow-up secret,
 * in Japanese and English. Sent over plain SMTP (STARTTLS and login when configured).
 */
public final class ReceiptMail {

    /** Where and how to send. */
    public record Settings(
            String host, int port, String from, boolean startTls, String user, String password, String statusPageUrl) {}

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CenterTime.ZONE);

    private final Settings settings;
    private final Session session;

    public ReceiptMail(Settings settings) {
        this.settings = settings;
        var properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put(
                "mail.smtp.auth",
                Boolean.toString(settings.user() != null && !settings.user().isBlank()));
        this.session = Session.getInstance(properties);
    }

    /** Sends the receipt; throws when the mail server refuses it. */
    public void send(String to, ReceiptNumber number, String secret, Instant receivedAt) throws MessagingException {
        MimeMessage message = compose(to, number, secret, receivedAt);
        if (settings.user() != null && !settings.user().isBlank()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    MimeMessage compose(String to, ReceiptNumber number, String secret, Instant receivedAt) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("【迷惑メール相談センター】受付番号 " + number.value() + " / Your receipt", StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setText(text(number, secret, receivedAt), StandardCharsets.UTF_8.name());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private String text(ReceiptNumber number, String secret, Instant receivedAt) {
        String when = WHEN.format(receivedAt);
        String status = settings.statusPageUrl() == null ? "" : settings.statusPageUrl();
        return """
                迷惑メール相談センターです。迷惑メールの情報をお寄せいただき、ありがとうございます。

                受付番号　　　：%1$s
                確認用パスワード：%2$s
                受付日時　　　：%3$s

                対応状況は次のページで、受付番号と確認用パスワードを入力して確認できます。
                %4$s

                このメールには返信しないでください。迷惑メールにも返信しないでください。

                ----
                Spam Complaint and Consultation Center: thank you for your report.

                Receipt number:    %1$s
                Follow-up password: %2$s
                Received:          %3$s (Japan time)

                Follow your report on the page above with the receipt number and the password.
                Please do not reply to this mail, nor to the spam.
                """.formatted(number.value(), secret, when, status);
    }

    /** Sends the center's reply to a report; throws when the mail server refuses it. */
    public void sendReply(String to, ReceiptNumber number, String reply) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(
                "【迷惑メール相談センター】受付番号 " + number.value() + " へのご回答 / Our answer", StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        String status = settings.statusPageUrl() == null ? "" : settings.statusPageUrl();
        message.setText("""
                迷惑メール相談センターです。受付番号 %1$s のご相談にお答えします。

                %2$s

                ----
                このやり取りは、受付番号と確認用パスワードで次のページからも確認でき、返信もできます。
                %3$s
                このメールには返信しないでください。
                Spam Complaint and Consultation Center: our answer to report %1$s is above. Read it and answer on the
                page above with your receipt number and password. Please do not reply to this mail.
                """.formatted(number.value(), reply, status), StandardCharsets.UTF_8.name());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (settings.user() != null && !settings.user().isBlank()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
