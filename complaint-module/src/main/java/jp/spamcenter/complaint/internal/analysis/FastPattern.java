package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A rule's regular expression with a literal prefilter: most rules start with a choice of words
 * ({@code (?:未払い|未納|滞納)…}); the words are looked for with {@link String#indexOf}, which is far faster than
 * a regex scan, and the regex runs only from the first place one of them occurs. Rules whose start is not
 * such a choice run as they are.
 */
final class FastPattern {

    private static final String META = "\\()[]{}?*+|.^$";

    private final Pattern pattern;
    private final List<String> prefixes;
    private final boolean caseInsensitive;

    FastPattern(Pattern pattern) {
        this.pattern = pattern;
        String source = pattern.pattern();
        this.caseInsensitive = source.startsWith("(?i)");
        this.prefixes = literalPrefixes(caseInsensitive ? source.substring(4) : source, caseInsensitive);
    }

    Pattern pattern() {
        return pattern;
    }

    /** The words a match must start with, or null when any place could start one. */
    List<String> prefixes() {
        return prefixes;
    }

    boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** The literal words a match must start with, or null when they cannot be told from the pattern. */
    static List<String> literalPrefixes(String source, boolean lowerCase) {
        String s = source.startsWith("\\b") ? source.substring(2) : source;
        List<String> alternatives;
        if (s.startsWith("(?:")) {
            int close = closingParenthesis(s, 0);
            if (close < 0 || (close + 1 < s.length() && "?*{".indexOf(s.charAt(close + 1)) >= 0)) {
                return null; // an optional group requires nothing
            }
            alternatives = splitTopLevel(s.substring(3, close));
            if (alternatives == null) {
                return null;
            }
        } else {
            alternatives = List.of(s);
        }
        var prefixes = new ArrayList<String>();
        for (String alternative : alternatives) {
            String prefix = leadingLiteral(alternative);
            if (prefix.isEmpty()) {
                return null;
            }
            prefixes.add(lowerCase ? prefix.toLowerCase(Locale.ROOT) : prefix);
        }
        return List.copyOf(prefixes);
    }

    private static String leadingLiteral(String alternative) {
        var literal = new StringBuilder();
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '\\' && i + 1 < alternative.length() && !Character.isLetterOrDigit(alternative.charAt(i + 1))) {
                literal.append(alternative.charAt(++i)); // an escaped punctuation character is itself
                continue;
            }
            if (META.indexOf(c) >= 0) {
                // a quantifier makes the character before it optional: it is no longer required
                if ((c == '?' || c == '*' || c == '{') && literal.length() > 0) {
                    literal.setLength(literal.length() - 1);
                }
                break;
            }
            literal.append(c);
        }
        return literal.toString();
    }

    private static int closingParenthesis(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String group) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(group.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(group.substring(start));
        return depth == 0 ? parts : null;
    }
}
