package jp.spamcenter.advice.internal.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import jp.spamcenter.advice.api.Referrals.Attachment;
import jp.spamcenter.advice.api.Referrals.Letter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails referrals to partners over SMTP, with the same settings as the citizens' mail ({@code mail.smtp.*},
 * {@code mail.from}). Sent while the referral's transaction is open: a referral is "sent" only once the mail
 * server took it, and a refusal leaves it a draft.
 */
@ApplicationScoped
public class PartnerMail {

    @Inject
    @ConfigProperty(name = "mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "no-reply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    /** Plain SMTP without login, outside the container (the module's own tests, tools). */
    public static PartnerMail smtp(String host, int port, String from) {
        var mail = new PartnerMail();
        mail.host = host;
        mail.port = port;
        mail.from = from;
        mail.user = Optional.empty();
        mail.password = Optional.empty();
        return mail;
    }

    /** Sends the letter to its address; throws when the mail server refuses it. */
    public void send(Letter letter) throws MessagingException {
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        boolean login = user.filter(u -> !u.isBlank()).isPresent();
        properties.put("mail.smtp.auth", Boolean.toString(login));
        MimeMessage message = compose(Session.getInstance(properties), letter);
        if (login) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    MimeMessage compose(Session session, Letter letter) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(letter.to()));
        message.setSubject(letter.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (letter.attachments().isEmpty()) {
            message.setText(letter.body(), "UTF-8");
        } else {
            var parts = new MimeMultipart();
            var text = new MimeBodyPart();
            text.setText(letter.body(), "UTF-8");
            parts.addBodyPart(text);
            for (Attachment attachment : letter.attachments()) {
                var part = new MimeBodyPart();
                part.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                part.setFileName(attachment.fileName());
                if (attachment.mediaType().startsWith("message/")) {
                    // a message travels as it is (RFC 2046 allows no base64 for message/rfc822)
                    part.setHeader("Content-Type", attachment.mediaType());
                    part.setHeader("Content-Transfer-Encoding", eightBit(attachment.content()) ? "8bit" : "7bit");
                }
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        return message;
    }

    private static boolean eightBit(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
