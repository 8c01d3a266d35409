package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AnalysisResult.Authentication;
import jp.spamcenter.complaint.api.AnalysisResult.CategoryFinding;
import jp.spamcenter.complaint.api.AnalysisResult.DisplayDutyFinding;
import jp.spamcenter.complaint.api.AnalysisResult.Sender;

/** The display duties of the opt-in law and the category, decided from the rule book with evidence. */
final class LawChecks {

    static final String TRUE_SENDER_INFO = "TRUE_SENDER_INFO";
    static final String OTHER = "OTHER";

    private static final int SNIPPET = 80;
    private static final Pattern URL_OR_EMAIL =
            Pattern.compile("(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Pattern PHONE_EMAIL_OR_URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+|(?:\\+81|0)\\d{1,4}[-\\s(]?\\d{1,4}[-\\s)]?\\d{3,4}");

    private final RuleBook rules;

    LawChecks(RuleBook rules) {
        this.rules = rules;
    }

    /**
     * Each display duty met or not, the evidence that decided it, and whether the sender looks falsified.
     *
     * @param body the text, {@linkplain BodyIndicators#normalise normalised}
     */
    List<DisplayDutyFinding> displayDuties(String body, Sender sender, Authentication auth) {
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        var findings = new ArrayList<DisplayDutyFinding>();
        for (RuleBook.DutyRule duty : rules.duties()) {
            String evidence =
                    duty.near() == null ? firstMatch(body, lower, duty.patterns()) : nearMatch(body, lower, duty);
            findings.add(
                    new DisplayDutyFinding(duty.code(), evidence != null, evidence, duty.titleJa(), duty.titleEn()));
        }
        findings.add(senderTruthfulness(sender, auth));
        return List.copyOf(findings);
    }

    /**
     * The category with the highest score at or above the threshold, with the phrases that scored.
     *
     * @param subject the subject, normalised, or null
     * @param text the text, normalised
     */
    CategoryFinding category(String subject, String text) {
        String haystack = (subject == null ? "" : subject) + "\n" + text;
        String lower = haystack.toLowerCase(java.util.Locale.ROOT);
        String best = OTHER;
        int bestScore = 0;
        List<String> bestEvidence = List.of();
        for (RuleBook.CategoryRule category : rules.categories()) {
            int score = 0;
            var evidence = new ArrayList<String>();
            for (RuleBook.Term term : category.terms()) {
                Matcher m = term.pattern().find(haystack, lower);
                if (m != null) {
                    score += term.weight();
                    evidence.add(m.group());
                }
            }
            if (score >= rules.categoryThreshold() && score > bestScore) {
                best = category.code();
                bestScore = score;
                bestEvidence = List.copyOf(evidence);
            }
        }
        return new CategoryFinding(best, bestEvidence);
    }

    /**
     * Article 5 forbids false sender information. Strong signs: the receiving server's SPF, DKIM or DMARC
     * verdict failed, or the From domain disagrees with the envelope sender.
     */
    private static DisplayDutyFinding senderTruthfulness(Sender sender, Authentication auth) {
        Map<String, String> signs = new LinkedHashMap<>();
        if (auth != null) {
            if ("fail".equals(auth.spf()) || "softfail".equals(auth.spf())) {
                signs.put("spf", "spf=" + auth.spf());
            }
            if ("fail".equals(auth.dkim())) {
                signs.put("dkim", "dkim=fail");
            }
            if ("fail".equals(auth.dmarc())) {
                signs.put("dmarc", "dmarc=fail");
            }
        }
        if (sender != null) {
            sender.mismatches().stream()
                    .filter(m -> m.contains("Return-Path") || m.contains("display name"))
                    .forEach(m -> signs.put(m, m));
        }
        boolean plausiblyTrue = signs.isEmpty();
        return new DisplayDutyFinding(
                TRUE_SENDER_INFO,
                plausiblyTrue,
                plausiblyTrue ? null : String.join("; ", signs.values()),
                "送信者情報を偽っていないこと（法第5条）",
                "Sender information is not falsified (Article 5)");
    }

    private static String firstMatch(String text, String lower, List<FastPattern> patterns) {
        for (FastPattern p : patterns) {
            Matcher m = p.find(text, lower);
            if (m != null) {
                return snippet(text, m.start(), m.end());
            }
        }
        return null;
    }

    private static String nearMatch(String text, String lower, RuleBook.DutyRule duty) {
        Pattern target = "URL_OR_EMAIL".equals(duty.near()) ? URL_OR_EMAIL : PHONE_EMAIL_OR_URL;
        for (FastPattern p : duty.patterns()) {
            Matcher m = p.find(text, lower);
            if (m == null) {
                continue;
            }
            do {
                int from = m.start();
                int to = Math.min(text.length(), m.end() + duty.window());
                Matcher t = target.matcher(text.substring(from, to));
                if (t.find()) {
                    return snippet(text, Math.min(m.start(), from + t.start()), Math.max(m.end(), from + t.end()));
                }
            } while (m.find());
        }
        return null;
    }

    static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - SNIPPET / 4);
        int to = Math.min(text.length(), Math.max(end, start + SNIPPET / 2) + SNIPPET / 4);
        String s = text.substring(from, Math.min(to, from + 3 * SNIPPET))
                .replaceAll("\\s+", " ")
                .strip();
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }
}
