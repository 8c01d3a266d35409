package jp.spamcenter.complaint.internal.abuse;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import jp.spamcenter.complaint.api.AbuseReports.Reporter;

/**
 * One spam as an Abuse Reporting Format report (RFC 5965): {@code multipart/report;
 * report-type=feedback-report} with a human-readable part, the machine-readable {@code message/feedback-report}
 * fields, and the spam as {@code message/rfc822}, as mailbox providers send them.
 */
public final class ArfReport {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private ArfReport() {}

    /** The report as the bytes of a mail message; {@code messageId} without angle brackets. */
    public static byte[] of(String messageId, Spam spam, Reporter reporter) {
        try {
            var message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + messageId + ">");
                }
            };
            message.setFrom(new InternetAddress(reporter.contact(), reporter.org(), "UTF-8"));
            message.setSubject("Abuse report: spam from " + spam.sourceIp(), "UTF-8");
            message.setSentDate(new Date());

            var human = new MimeBodyPart();
            human.setText(
                    "This is an abuse report (RFC 5965) for a spam received in Japan from " + spam.sourceIp()
                            + " and reported to " + reporter.org() + " by its recipient.\r\n"
                            + "The recipient's addresses are redacted.\r\n",
                    "UTF-8");

            var fields = new StringBuilder()
                    .append("Feedback-Type: abuse\r\n")
                    .append("User-Agent: SpamCenter/1.0\r\n")
                    .append("Version: 1\r\n")
                    .append("Original-Mail-From: <")
                    .append(spam.mailFrom())
                    .append(">\r\n")
                    .append("Arrival-Date: ")
                    .append(RFC_5322.format(spam.receivedAt()))
                    .append("\r\n")
                    .append("Reporting-MTA: dns; ")
                    .append(reporter.domain())
                    .append("\r\n")
                    .append("Source-IP: ")
                    .append(spam.sourceIp())
                    .append("\r\n")
                    .append("Redacted-Address: ")
                    .append(RecipientRedaction.REDACTED)
                    .append("\r\n");
            for (String url : spam.reportedUrls()) {
                fields.append("Reported-Uri: ").append(url).append("\r\n");
            }
            var machine = new MimeBodyPart();
            machine.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    fields.toString().getBytes(StandardCharsets.US_ASCII), "message/feedback-report")));
            machine.setHeader("Content-Type", "message/feedback-report");
            machine.setHeader("Content-Transfer-Encoding", "7bit");
            machine.setDisposition("inline");

            var original = new MimeBodyPart();
            original.setDataHandler(new DataHandler(new ByteArrayDataSource(spam.message(), "message/rfc822")));
            original.setHeader("Content-Type", "message/rfc822");
            original.setHeader("Content-Transfer-Encoding", eightBit(spam.message()) ? "8bit" : "7bit");
            original.setDisposition("inline");

            var report = new MimeMultipart("report; report-type=feedback-report");
            report.addBodyPart(human);
            report.addBodyPart(machine);
            report.addBodyPart(original);
            message.setContent(report);
            message.saveChanges();
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the ARF report could not be written", e);
        }
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
