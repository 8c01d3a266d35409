package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AnalysisResult.Authentication;
import jp.spamcenter.complaint.api.AnalysisResult.Sender;

/** Who a message claims to be from, where the claims disagree, and what receiving servers verified. */
public final class SenderCheck {

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<\\s*([^<>\\s]*@[^<>\\s]+)\\s*>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)");
    private static final Pattern VERDICT =
            Pattern.compile("\\b(spf|dkim|dmarc)\\s*=\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECEIVED_SPF = Pattern.compile("^\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);

    private SenderCheck() {}

    /** The address part of a mailbox header, lower-cased; null when there is none. */
    public static String address(String mailbox) {
        if (mailbox == null) {
            return null;
        }
        Matcher angle = ANGLE_ADDRESS.matcher(mailbox);
        if (angle.find()) {
            return angle.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher bare = BARE_ADDRESS.matcher(mailbox);
        return bare.find() ? bare.group(1).toLowerCase(Locale.ROOT) : null;
    }

    static String displayName(String mailbox) {
        if (mailbox == null) {
            return null;
        }
        int angle = mailbox.indexOf('<');
        if (angle <= 0) {
            Matcher comment = Pattern.compile("\\(([^)]+)\\)").matcher(mailbox);
            return comment.find() ? comment.group(1).strip() : null;
        }
        String name =
                mailbox.substring(0, angle).strip().replaceAll("^\"|\"$", "").strip();
        return name.isEmpty() ? null : name;
    }

    static String domain(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return null;
        }
        String d = address.substring(address.lastIndexOf('@') + 1).replaceAll("[>\\].]+$", "");
        return d.isEmpty() ? null : d.toLowerCase(Locale.ROOT);
    }

    static Sender sender(String from, String returnPath, String replyTo, String senderHeader, String messageId) {
        String address = address(from);
        String domain = domain(address);
        String returnAddress = address(returnPath);
        String replyAddress = address(replyTo);
        String senderAddress = address(senderHeader);
        String messageIdDomain =
                domain(address(messageId == null ? null : "<" + messageId.replaceAll("[<>]", "") + ">"));
        var mismatches = new ArrayList<String>();
        compare(mismatches, "Return-Path", domain, domain(returnAddress));
        compare(mismatches, "Reply-To", domain, domain(replyAddress));
        compare(mismatches, "Sender", domain, domain(senderAddress));
        compare(mismatches, "Message-ID", domain, messageIdDomain);
        String name = displayName(from);
        if (name != null) {
            String nameAddress = address(name);
            if (nameAddress != null && address != null && !nameAddress.equals(address)) {
                mismatches.add(
                        "the display name shows the address " + nameAddress + " but the message is from " + address);
            }
        }
        return new Sender(
                name,
                address,
                domain,
                returnAddress,
                replyAddress,
                senderAddress,
                messageIdDomain,
                List.copyOf(mismatches));
    }

    private static void compare(List<String> mismatches, String header, String fromDomain, String otherDomain) {
        if (fromDomain != null
                && otherDomain != null
                && !fromDomain.equalsIgnoreCase(otherDomain)
                && !RegistrableDomain.of(fromDomain).equals(RegistrableDomain.of(otherDomain))) {
            mismatches.add("From domain " + fromDomain + " differs from the " + header + " domain " + otherDomain);
        }
    }

    /**
     * The verdicts recorded by the receiving servers. The topmost {@code Authentication-Results} is the one
     * added by the citizen's provider; lower ones could be forged by the sender and are not read.
     */
    static Authentication authentication(List<String> authenticationResults, List<String> receivedSpf) {
        String spf = null;
        String dkim = null;
        String dmarc = null;
        var evidence = new ArrayList<String>();
        if (!authenticationResults.isEmpty()) {
            String top = authenticationResults.get(0);
            Matcher m = VERDICT.matcher(top);
            while (m.find()) {
                String method = m.group(1).toLowerCase(Locale.ROOT);
                String result = m.group(2).toLowerCase(Locale.ROOT);
                switch (method) {
                    case "spf" -> spf = spf == null ? result : spf;
                    case "dkim" -> dkim = dkim == null || !"pass".equals(dkim) ? result : dkim;
                    default -> dmarc = dmarc == null ? result : dmarc;
                }
                evidence.add(m.group());
            }
        }
        if (spf == null && !receivedSpf.isEmpty()) {
            Matcher m = RECEIVED_SPF.matcher(receivedSpf.get(0));
            if (m.find()) {
                spf = m.group(1).toLowerCase(Locale.ROOT);
                evidence.add("Received-SPF: " + spf);
            }
        }
        return new Authentication(spf, dkim, dmarc, List.copyOf(evidence));
    }
}
