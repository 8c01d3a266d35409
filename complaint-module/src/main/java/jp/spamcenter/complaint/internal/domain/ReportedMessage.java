package jp.spamcenter.complaint.internal.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The message a web-form report stands for: the full source when the citizen pasted one (it begins with mail
 * headers), otherwise a message made of the subject and text the citizen typed.
 */
public final class ReportedMessage {

    /** Three or more header lines at the start, one of them From, Received or Return-Path. */
    private static final Pattern SOURCE =
            Pattern.compile("\\A(?:[A-Za-z][A-Za-z0-9-]{1,40}:[^\\n]*\\n(?:[ \\t][^\\n]*\\n)*){3,}", Pattern.MULTILINE);

    private static final Pattern KEY_HEADER = Pattern.compile("(?im)^(?:From|Received|Return-Path):");

    private ReportedMessage() {}

    public static byte[] of(String subject, String text) {
        String normalised = text.replace("\r\n", "\n");
        var source = SOURCE.matcher(normalised);
        if (source.lookingAt() && KEY_HEADER.matcher(source.group()).find()) {
            return normalised.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        }
        String encodedSubject =
                "=?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=";
        String message = "Subject: " + encodedSubject + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + normalised.replace("\n", "\r\n");
        return message.getBytes(StandardCharsets.UTF_8);
    }
}
