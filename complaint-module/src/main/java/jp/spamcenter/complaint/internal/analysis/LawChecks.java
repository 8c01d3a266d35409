package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AnalysisResult.Authentication;
import jp.spamcenter.complaint.api.AnalysisResult.CategoryFinding;
import jp.spamcenter.complaint.api.AnalysisResult.DisplayDutyFinding;
import jp.spamcenter.complaint.api.AnalysisResult.Sender;

/**
 * The display duties of the opt-in law and the category, decided from the rule book with evidence. All rules
 * are looked for in one pass over the text ({@link RuleScanner}).
 */
final class LawChecks {

    static final String TRUE_SENDER_INFO = "TRUE_SENDER_INFO";
    static final String OTHER = "OTHER";

    private static final int SNIPPET = 80;
    private static final int NEAR_TRIES = 20;
    private static final Pattern URL_OR_EMAIL =
            Pattern.compile("(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Pattern PHONE_EMAIL_OR_URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+|(?:\\+81|0)\\d{1,4}[-\\s(]?\\d{1,4}[-\\s)]?\\d{3,4}");

    private final RuleBook rules;
    private final RuleScanner scanner;
    /** For each duty, the indexes of its patterns in the scanner. */
    private final List<int[]> dutyRules = new ArrayList<>();
    /** For each category, the indexes of its terms in the scanner. */
    private final List<int[]> categoryRules = new ArrayList<>();

    LawChecks(RuleBook rules) {
        this.rules = rules;
        var all = new ArrayList<FastPattern>();
        for (RuleBook.DutyRule duty : rules.duties()) {
            dutyRules.add(indexes(all, duty.patterns()));
        }
        for (RuleBook.CategoryRule category : rules.categories()) {
            categoryRules.add(indexes(
                    all, category.terms().stream().map(RuleBook.Term::pattern).toList()));
        }
        this.scanner = new RuleScanner(all);
    }

    private static int[] indexes(List<FastPattern> all, List<FastPattern> patterns) {
        int[] indexes = new int[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            indexes[i] = all.size();
            all.add(patterns.get(i));
        }
        return indexes;
    }

    /** Where every rule could match in the text, {@linkplain BodyIndicators#normalise normalised}. */
    RuleScanner.Candidates scan(String normalised) {
        return scanner.scan(normalised);
    }

    /** Each display duty met or not, the evidence that decided it, and whether the sender looks falsified. */
    List<DisplayDutyFinding> displayDuties(RuleScanner.Candidates body, Sender sender, Authentication auth) {
        var findings = new ArrayList<DisplayDutyFinding>();
        for (int d = 0; d < rules.duties().size(); d++) {
            RuleBook.DutyRule duty = rules.duties().get(d);
            String evidence =
                    duty.near() == null ? firstMatch(body, dutyRules.get(d)) : nearMatch(body, duty, dutyRules.get(d));
            findings.add(
                    new DisplayDutyFinding(duty.code(), evidence != null, evidence, duty.titleJa(), duty.titleEn()));
        }
        findings.add(senderTruthfulness(sender, auth));
        return List.copyOf(findings);
    }

    /** For a text alone (tests, tools): scans it first. */
    List<DisplayDutyFinding> displayDuties(String normalised, Sender sender, Authentication auth) {
        return displayDuties(scan(normalised), sender, auth);
    }

    /** The category with the highest score at or above the threshold, with the phrases that scored. */
    CategoryFinding category(String normalisedSubject, RuleScanner.Candidates body) {
        RuleScanner.Candidates subject = normalisedSubject == null ? null : scan(normalisedSubject);
        String best = OTHER;
        int bestScore = 0;
        List<String> bestEvidence = List.of();
        for (int c = 0; c < rules.categories().size(); c++) {
            RuleBook.CategoryRule category = rules.categories().get(c);
            int score = 0;
            var evidence = new ArrayList<String>();
            for (int t = 0; t < category.terms().size(); t++) {
                int rule = categoryRules.get(c)[t];
                MatchResult m = subject == null ? null : subject.first(rule);
                if (m == null) {
                    m = body.first(rule);
                }
                if (m != null) {
                    score += category.terms().get(t).weight();
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

    /** For texts alone (tests, tools): scans them first. */
    CategoryFinding category(String normalisedSubject, String normalisedText) {
        return category(normalisedSubject, scan(normalisedText));
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

    private static String firstMatch(RuleScanner.Candidates body, int[] patternRules) {
        for (int rule : patternRules) {
            MatchResult m = body.first(rule);
            if (m != null) {
                return snippet(body.text(), m.start(), m.end());
            }
        }
        return null;
    }

    private static String nearMatch(RuleScanner.Candidates body, RuleBook.DutyRule duty, int[] patternRules) {
        String text = body.text();
        Pattern target = "URL_OR_EMAIL".equals(duty.near()) ? URL_OR_EMAIL : PHONE_EMAIL_OR_URL;
        for (int rule : patternRules) {
            for (MatchResult m : body.matches(rule, NEAR_TRIES)) {
                int to = Math.min(text.length(), m.end() + duty.window());
                Matcher t = target.matcher(text).region(m.start(), to);
                if (t.find()) {
                    return snippet(text, m.start(), t.end());
                }
            }
        }
        return null;
    }

    static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - SNIPPET / 4);
        int to = Math.min(text.length(), Math.max(end, start + SNIPPET / 2) + SNIPPET / 4);
        String s = Chars.collapseWhitespace(text.substring(from, Math.min(to, from + 3 * SNIPPET)));
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }
}
