package jp.spamcenter.complaint.internal.analysis;

import com.ibm.icu.text.SpoofChecker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AnalysisResult.BrandFinding;
import jp.spamcenter.complaint.api.AnalysisResult.CategoryFinding;

/**
 * The brand a phishing message pretends to be, from the brand table kept as data ({@code brands.json}).
 *
 * <p>A brand is <em>named</em> when one of its spellings is in the sender's display name, the subject, or the
 * text (an SMS's leading {@code 【佐川急便】} counts as the sender's name). A domain <em>looks like</em> a brand
 * when, not being one of the brand's registrable domains (Public Suffix List, {@link RegistrableDomain}), it
 * carries the brand's token inside another domain ({@code amazon-co-jp.security-check.top}), a typo of it
 * ({@code rakutem}), the same letters in another script or in confusable shapes ({@code аmazon}, {@code amaz0n},
 * {@code arnazon}: Unicode's confusable skeletons, ICU's {@link SpoofChecker}), or hides such a name in punycode.
 * Short tokens ({@code au}, {@code jcb}) count only as a whole label or hyphenated part of a domain, and only for
 * a brand the message names.
 *
 * <p>A message <em>impersonates</em> the brand, and is phishing, when a domain it sends from or links to looks
 * like the brand, or when it names the brand as its sender or in its subject and sends from or links to a
 * domain that is not the brand's. A brand named only in the text (a gift card offered by a dating site) is
 * recorded, not concluded on, unless the rules already found phishing.
 */
final class BrandCheck {

    /** The category a conclusion of impersonation sets. */
    static final String PHISHING = "PHISHING";

    /** The evidence that a message naming a brand is sent from and links to that brand's own domains only. */
    static final String ONLY_OWN_DOMAINS = "sent from and linking to domains of ";

    /** Below this length a token is matched only as a whole part of a domain and never as a typo or a shape. */
    private static final int SHORT_TOKEN = 5;

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    record Brand(
            String code,
            String kind,
            String nameJa,
            String nameEn,
            List<String> names,
            Set<String> domains,
            List<String> tokens,
            List<String> tokenSkeletons) {}

    /** At most this many distinct domains of one message are compared with the brands. */
    static final int MAX_DOMAINS = 64;

    private final String version;
    private final List<Brand> brands;
    private final Phrases phrases;
    /** Every brand's tokens, as they are (found inside a host name). */
    private final Phrases tokens;
    /** A token's confusable skeleton → the brands and tokens that have it. */
    private final Map<String, List<int[]>> skeletons = new HashMap<>();
    /** A token skeleton less one character → the brands and tokens it came from (misspellings). */
    private final Map<String, List<int[]>> deletions = new HashMap<>();

    private final int longestToken;

    private BrandCheck(String version, List<Brand> brands) {
        this.version = version;
        this.brands = brands;
        this.phrases = new Phrases(true);
        this.tokens = new Phrases(false);
        int longest = 0;
        for (int b = 0; b < brands.size(); b++) {
            Brand brand = brands.get(b);
            for (String name : brand.names()) {
                phrases.add(name, b);
            }
            for (int t = 0; t < brand.tokens().size(); t++) {
                String token = brand.tokens().get(t);
                tokens.add(token, b * 64 + t);
                longest = Math.max(longest, token.length());
                if (token.length() >= SHORT_TOKEN) {
                    String sk = brand.tokenSkeletons().get(t);
                    skeletons.computeIfAbsent(sk, k -> new ArrayList<>()).add(new int[] {b, t});
                    for (int i = 0; i < sk.length(); i++) {
                        String less = sk.substring(0, i) + sk.substring(i + 1);
                        deletions.computeIfAbsent(less, k -> new ArrayList<>()).add(new int[] {b, t});
                    }
                }
            }
        }
        this.longestToken = longest;
    }

    /** The brand table shipped with the analyser. */
    static BrandCheck bundled() {
        JsonObject table;
        try (InputStream in = BrandCheck.class.getResourceAsStream("brands.json")) {
            table = Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var brands = new ArrayList<Brand>();
        for (JsonValue value : table.getJsonArray("brands")) {
            JsonObject b = value.asJsonObject();
            List<String> tokens = strings(b, "tokens");
            brands.add(new Brand(
                    b.getString("code"),
                    b.getString("kind"),
                    b.getString("nameJa"),
                    b.getString("nameEn"),
                    strings(b, "names"),
                    Set.copyOf(strings(b, "domains")),
                    tokens,
                    tokens.stream().map(BrandCheck::skeleton).toList()));
        }
        return new BrandCheck(table.getString("version"), List.copyOf(brands));
    }

    String version() {
        return version;
    }

    List<Brand> brands() {
        return brands;
    }

    /**
     * The brand the message names or imitates, with the evidence; null when none.
     *
     * @param displayName the From display name, decoded
     * @param subject the subject, normalised
     * @param text the text, normalised
     * @param senderDomain the From address's domain, or null (SMS, a description)
     * @param linkDomains the hosts the text links to, in ASCII
     * @param category what the category rules concluded
     */
    BrandFinding find(
            String displayName,
            String subject,
            String text,
            String senderDomain,
            List<String> linkDomains,
            CategoryFinding category) {
        var named = new LinkedHashMap<Integer, Naming>();
        name(named, displayName, Where.SENDER_NAME);
        name(named, subject, Where.SUBJECT);
        name(named, leadingTag(text), Where.SENDER_NAME);
        name(named, text, Where.TEXT);

        var domains = new LinkedHashSet<String>();
        if (senderDomain != null && !senderDomain.isBlank()) {
            domains.add(ascii(senderDomain));
        }
        for (String d : linkDomains) {
            if (domains.size() >= MAX_DOMAINS) {
                break;
            }
            domains.add(ascii(d));
        }

        // lookalikes first: they decide the brand even when the message never names it
        Map<Integer, List<String>> lookalikes = new LinkedHashMap<>();
        for (String domain : domains) {
            lookalikes(domain, named.keySet())
                    .forEach((b, why) -> lookalikes
                            .computeIfAbsent(b, k -> new ArrayList<>())
                            .add(why));
        }
        int chosen = -1;
        for (int b : lookalikes.keySet()) {
            if (chosen < 0 || score(named.get(b)) > score(named.get(chosen))) {
                chosen = b;
            }
        }
        if (chosen < 0) {
            for (var e : named.entrySet()) {
                if (chosen < 0 || e.getValue().score > named.get(chosen).score) {
                    chosen = e.getKey();
                }
            }
        }
        if (chosen < 0) {
            return null;
        }
        Brand brand = brands.get(chosen);
        Naming naming = named.get(chosen);
        var evidence = new ArrayList<String>();
        if (naming != null) {
            evidence.add("names " + brand.nameEn() + " " + naming.where.words + ": \"" + naming.phrase + "\"");
        }
        List<String> foreign = new ArrayList<>();
        for (String domain : domains) {
            if (!isBrands(domain, brand)) {
                foreign.add(domain);
            }
        }
        String sender = senderDomain == null || senderDomain.isBlank() ? null : ascii(senderDomain);
        for (String domain : foreign) {
            boolean isSender = domain.equals(sender);
            evidence.add((isSender ? "sent from " : "links to ") + domain + ", not a domain of " + brand.nameEn());
        }
        List<String> alike = lookalikes.getOrDefault(chosen, List.of());
        evidence.addAll(alike);
        if (naming != null && foreign.isEmpty() && !domains.isEmpty()) {
            evidence.add(ONLY_OWN_DOMAINS + brand.nameEn() + ": " + String.join(", ", domains));
        }

        boolean inHeader = naming != null && naming.inHeader;
        boolean impersonated = !alike.isEmpty()
                || (inHeader && !foreign.isEmpty())
                || (naming != null && !foreign.isEmpty() && category != null && PHISHING.equals(category.code()));
        return new BrandFinding(
                brand.code(), brand.kind(), brand.nameJa(), brand.nameEn(), impersonated, List.copyOf(evidence));
    }

    /**
     * The category once the brand is known: an impersonation is phishing unless the rules found another specific
     * category (billing fraud naming a card company stays billing fraud) and no lookalike domain was used.
     */
    static CategoryFinding category(CategoryFinding rules, BrandFinding brand, String other) {
        if (brand == null) {
            return rules;
        }
        if (!brand.impersonated()) {
            boolean ownDomainsOnly = brand.evidence().stream().anyMatch(e -> e.startsWith(ONLY_OWN_DOMAINS));
            if (PHISHING.equals(rules.code()) && ownDomainsOnly) {
                // the brand's own newsletter says "log in" too: what it links to is the brand's, so not phishing
                return new CategoryFinding(other, brand.evidence());
            }
            return rules;
        }
        boolean lookalike = brand.evidence().stream().anyMatch(e -> e.contains(" looks like "));
        if (PHISHING.equals(rules.code())
                || other.equals(rules.code())
                || lookalike
                || rules.evidence().isEmpty()) {
            var evidence = new ArrayList<String>(rules.code().equals(PHISHING) ? rules.evidence() : List.of());
            evidence.addAll(brand.evidence());
            return new CategoryFinding(PHISHING, List.copyOf(evidence));
        }
        return rules;
    }

    // ---- naming

    private enum Where {
        SENDER_NAME("as the sender", true),
        SUBJECT("in the subject", true),
        TEXT("in the text", false);

        final String words;
        final boolean header;

        Where(String words, boolean header) {
            this.words = words;
            this.header = header;
        }
    }

    private static final class Naming {
        int score;
        boolean inHeader;
        Where where;
        String phrase;
    }

    private static int score(Naming naming) {
        return naming == null ? 0 : naming.score;
    }

    private void name(Map<Integer, Naming> named, String text, Where where) {
        if (text == null || text.isEmpty()) {
            return;
        }
        phrases.scan(text, (brand, phrase) -> {
            Naming n = named.computeIfAbsent(brand, k -> new Naming());
            n.score += where == Where.SENDER_NAME ? 3 : where == Where.SUBJECT ? 2 : 1;
            if (n.where == null || where.ordinal() < n.where.ordinal()) {
                n.where = where;
                n.phrase = phrase;
            }
            n.inHeader |= where.header;
        });
    }

    /** How an SMS or a mail's text says who sends it: {@code 日本郵便です。}, {@code 国税庁より}, {@code 郵便局からのお知らせ}. */
    private static final Pattern LEADING_CLAIM = Pattern.compile("\\A([^\\s。、：:！!]{2,20}?)(?:です|より|から)");

    /**
     * The sender's name an SMS or a mail's text opens with: a tag ({@code 【佐川急便】}, {@code [Amazon]}) or a
     * claim ({@code 日本郵便です。}); null when it opens otherwise.
     */
    static String leadingTag(String text) {
        if (text == null) {
            return null;
        }
        String t = text.stripLeading();
        if (t.startsWith("【") || t.startsWith("[")) {
            int end = t.indexOf(t.charAt(0) == '【' ? '】' : ']');
            if (end > 1 && end <= 40) {
                return t.substring(1, end);
            }
        }
        Matcher claim = LEADING_CLAIM.matcher(t.length() > 24 ? t.substring(0, 24) : t);
        return claim.lookingAt() ? claim.group(1) : null;
    }

    // ---- lookalike domains

    /**
     * Words a phishing domain puts around a brand's name to look official ({@code amazon-co-jp.security-check}):
     * a brand's token inside a domain that the message does not name counts only with one of them, outside the
     * public suffix, so that {@code yamato-shoten.co.jp} is a shop called Yamato, not Yamato Transport.
     */
    private static final Set<String> MARKERS = Set.of(
            "jp",
            "co",
            "com",
            "login",
            "signin",
            "secure",
            "security",
            "verify",
            "verification",
            "account",
            "update",
            "support",
            "service",
            "services",
            "info",
            "member",
            "members",
            "card",
            "pay",
            "check",
            "confirm",
            "auth",
            "id",
            "my",
            "mypage",
            "web",
            "online",
            "official",
            "center",
            "help",
            "notice",
            "safe",
            "user",
            "customer",
            "billing",
            "payment",
            "delivery",
            "tracking",
            "redelivery",
            "app");

    /**
     * The brands a domain (in ASCII) looks like without being theirs, each with why: one pass over the domain
     * whatever the number of brands (the tokens in one trie, the skeletons in maps).
     *
     * @param named the brands the message names (indexes into {@link #brands()})
     */
    Map<Integer, String> lookalikes(String domain, Set<Integer> named) {
        String asciiHost = ascii(domain);
        String unicodeHost = asciiHost.contains("xn--") ? unicode(asciiHost) : asciiHost;
        var found = new LinkedHashMap<Integer, String>();
        var shape = new Shape(asciiHost, unicodeHost);
        // a token inside the host
        tokens.scanAll(unicodeHost, (bt, start, end) -> {
            int b = bt / 64;
            String token = brands.get(b).tokens().get(bt % 64);
            boolean isShort = token.length() < SHORT_TOKEN;
            if (found.containsKey(b) || isBrands(asciiHost, brands.get(b))) {
                return;
            }
            if (isShort && !(named.contains(b) && shape.isWholePart(start, end))) {
                return;
            }
            if (!named.contains(b) && !shape.marked()) {
                return;
            }
            if (shape.inOwnPart(start)) {
                found.put(
                        b,
                        shape.shown() + " looks like " + brands.get(b).nameEn() + ": " + token
                                + " inside another domain");
            }
        });
        // the same shapes, or one letter off
        for (String part : shape.parts()) {
            if (part.length() < SHORT_TOKEN - 1 || part.length() > longestToken + 2) {
                continue;
            }
            String sk = skeleton(part);
            for (int[] bt : skeletons.getOrDefault(sk, List.of())) {
                String token = brands.get(bt[0]).tokens().get(bt[1]);
                if (!part.equals(token) && !found.containsKey(bt[0]) && !isBrands(asciiHost, brands.get(bt[0]))) {
                    boolean otherScript = !part.chars().allMatch(c -> c < 0x80);
                    found.put(
                            bt[0],
                            shape.shown() + " looks like " + brands.get(bt[0]).nameEn() + ": " + part
                                    + (otherScript
                                            ? " writes " + token + " with letters of another script"
                                            : " is " + token + " with look-alike characters"));
                }
            }
            if (part.length() < SHORT_TOKEN || named.isEmpty() && !shape.mayBeMarked()) {
                continue;
            }
            var candidates = new ArrayList<int[]>(deletions.getOrDefault(sk, List.of()));
            candidates.addAll(skeletons.getOrDefault(sk, List.of()));
            for (int i = 0; i < sk.length(); i++) {
                String less = sk.substring(0, i) + sk.substring(i + 1);
                candidates.addAll(skeletons.getOrDefault(less, List.of()));
                candidates.addAll(deletions.getOrDefault(less, List.of()));
            }
            for (int[] bt : candidates) {
                Brand brand = brands.get(bt[0]);
                if (found.containsKey(bt[0])
                        || !oneEditApart(sk, brand.tokenSkeletons().get(bt[1]))
                        || isBrands(asciiHost, brand)
                        || !(named.contains(bt[0]) || shape.marked())) {
                    continue;
                }
                found.put(
                        bt[0],
                        shape.shown() + " looks like " + brand.nameEn() + ": " + part + " is a misspelling of "
                                + brand.tokens().get(bt[1]));
            }
        }
        return found;
    }

    /** Whether a host (ASCII) is one of the brand's: its registrable domain or a name under it. */
    static boolean isBrands(String asciiHost, Brand brand) {
        for (String d : brand.domains()) {
            if (asciiHost.equals(d)
                    || asciiHost.endsWith(d) && asciiHost.charAt(asciiHost.length() - d.length() - 1) == '.') {
                return true;
            }
        }
        return false;
    }

    /** A host name as the lookalike checks see it; its public suffix looked up only when a check needs it. */
    private static final class Shape {
        private final String ascii;
        private final String unicode;
        private String[] parts;
        private int ownEnd = -1;

        Shape(String ascii, String unicode) {
            this.ascii = ascii;
            this.unicode = unicode;
        }

        String shown() {
            return unicode.equals(ascii) ? ascii : ascii + " (" + unicode + ")";
        }

        String[] parts() {
            if (parts == null) {
                parts = split(unicode, unicode.length());
            }
            return parts;
        }

        /**
         * Whether the host may carry a word phishing domains add to look official, its last label (and a
         * two-letter second-level one, {@code co.jp}) aside: a cheap first look before the public suffix is.
         */
        boolean mayBeMarked() {
            String[] p = parts();
            int last = p.length - 1;
            if (last > 0 && p[last - 1].length() <= 2) {
                last--;
            }
            for (int i = 0; i < last; i++) {
                if (MARKERS.contains(p[i])) {
                    return true;
                }
            }
            return false;
        }

        /** Where the host's public suffix starts (the Public Suffix List). */
        private int ownEnd() {
            if (ownEnd < 0) {
                String registrable = unicode(RegistrableDomain.of(ascii));
                int dot = registrable.indexOf('.');
                String suffix = dot < 0 ? "" : registrable.substring(dot);
                ownEnd = unicode.endsWith(suffix) ? unicode.length() - suffix.length() : unicode.length();
            }
            return ownEnd;
        }

        boolean inOwnPart(int start) {
            return start < ownEnd();
        }

        boolean isWholePart(int start, int end) {
            return (start == 0 || isSeparator(unicode.charAt(start - 1)))
                    && (end == unicode.length() || isSeparator(unicode.charAt(end)));
        }

        /** Whether a word phishing domains add to look official is in the host, outside its public suffix. */
        boolean marked() {
            if (!mayBeMarked()) {
                return false;
            }
            for (String part : split(unicode, ownEnd())) {
                if (MARKERS.contains(part)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isSeparator(char c) {
            return c == '.' || c == '-' || c == '_';
        }

        private static String[] split(String host, int end) {
            var parts = new ArrayList<String>(6);
            int from = 0;
            for (int i = 0; i <= end; i++) {
                if (i == end || isSeparator(host.charAt(i))) {
                    if (i > from) {
                        parts.add(host.substring(from, i));
                    }
                    from = i + 1;
                }
            }
            return parts.toArray(new String[0]);
        }
    }

    /**
     * Each ASCII character's confusable skeleton, from ICU once: a skeleton maps character by character, so an
     * ASCII name's is these joined, without a call into ICU per name.
     */
    private static final String[] ASCII_SKELETON = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SKELETON[c] = SPOOF.getSkeleton(String.valueOf(c)).toLowerCase(Locale.ROOT);
        }
    }

    /** Unicode's confusable skeleton in lower case: {@code аmazon}, {@code amaz0n} and {@code amazon} agree. */
    static String skeleton(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        var ascii = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 128) {
                return SPOOF.getSkeleton(lower).toLowerCase(Locale.ROOT);
            }
            ascii.append(ASCII_SKELETON[c]);
        }
        return ascii.toString();
    }

    private static String ascii(String host) {
        if (host.chars().allMatch(c -> c < 0x80)) {
            return host.toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host.toLowerCase(Locale.ROOT);
        }
    }

    private static String unicode(String host) {
        try {
            return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }

    /** Whether one insertion, deletion, substitution or swap of neighbours turns a into b (a ≠ b). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // substitution
            }
            return i + 1 < a.length()
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // swap
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /**
     * Spellings in one trie, scanned once over a text. Names ({@code bounded}): at each position the longest
     * spelling wins ({@code 楽天カード} over {@code 楽天}); spellings in Latin letters of five or more are matched in
     * any case, shorter ones ({@code LINE}, {@code au}) exactly, and both only between non-letters, so that
     * {@code online} is not LINE. Tokens (not bounded): every occurrence, inside anything.
     */
    static final class Phrases {

        private static final class Node {
            char[] keys = new char[0];
            Node[] kids = new Node[0];
            int id = -1;
            String phrase;
            boolean exactCase;

            Node next(char c) {
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }

            Node add(char c) {
                Node n = next(c);
                if (n == null) {
                    n = new Node();
                    keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                    kids = java.util.Arrays.copyOf(kids, kids.length + 1);
                    keys[keys.length - 1] = c;
                    kids[kids.length - 1] = n;
                }
                return n;
            }
        }

        private final boolean bounded;
        private final Node root = new Node();
        /** The characters a spelling may start with (ASCII letters folded): most positions are passed at once. */
        private final java.util.BitSet first = new java.util.BitSet(65536);

        Phrases(boolean bounded) {
            this.bounded = bounded;
        }

        void add(String phrase, int id) {
            boolean latin = phrase.chars().allMatch(c -> c < 0x80);
            boolean exactCase = bounded && latin && phrase.length() < SHORT_TOKEN;
            Node node = root;
            for (int i = 0; i < phrase.length(); i++) {
                node = node.add(fold(phrase.charAt(i)));
            }
            first.set(fold(phrase.charAt(0)));
            if (node.id < 0) {
                node.id = id;
                node.phrase = phrase;
                node.exactCase = exactCase;
            }
        }

        private static char fold(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }

        interface Found {
            void found(int id, String phrase);
        }

        interface At {
            void at(int id, int start, int end);
        }

        /** The longest spelling at each position, then on after it. */
        void scan(String text, Found found) {
            int i = 0;
            while (i < text.length()) {
                int end = -1;
                Node hit = null;
                if (first.get(fold(text.charAt(i)))) {
                    Node node = root;
                    for (int j = i; j < text.length(); j++) {
                        node = node.next(fold(text.charAt(j)));
                        if (node == null) {
                            break;
                        }
                        if (node.id >= 0
                                && (!node.exactCase || text.startsWith(node.phrase, i))
                                && bounded(text, i, j + 1, node.phrase)) {
                            end = j + 1;
                            hit = node;
                        }
                    }
                }
                if (hit != null) {
                    found.found(hit.id, hit.phrase);
                    i = end;
                } else {
                    i++;
                }
            }
        }

        /** Every occurrence of every spelling. */
        void scanAll(String text, At at) {
            for (int i = 0; i < text.length(); i++) {
                if (!first.get(fold(text.charAt(i)))) {
                    continue;
                }
                Node node = root;
                for (int j = i; j < text.length(); j++) {
                    node = node.next(fold(text.charAt(j)));
                    if (node == null) {
                        break;
                    }
                    if (node.id >= 0) {
                        at.at(node.id, i, j + 1);
                    }
                }
            }
        }

        /**
         * A spelling that starts or ends with a Latin letter or digit must not run on into a longer word, a
         * domain or an address: {@code online}, {@code line.me}, {@code mail@amazon}; a full stop after it is fine.
         */
        private static boolean bounded(String text, int start, int end, String phrase) {
            if (isWordChar(phrase.charAt(0)) && start > 0) {
                char before = text.charAt(start - 1);
                if (isWordChar(before) || isJoiner(before) && start > 1 && isWordChar(text.charAt(start - 2))) {
                    return false;
                }
                if (before == '/' || before == '@') {
                    return false;
                }
            }
            if (isWordChar(phrase.charAt(phrase.length() - 1)) && end < text.length()) {
                char after = text.charAt(end);
                if (isWordChar(after)
                        || isJoiner(after) && end + 1 < text.length() && isWordChar(text.charAt(end + 1))) {
                    return false;
                }
                if (after == '@') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isWordChar(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }

        private static boolean isJoiner(char c) {
            return c == '.' || c == '-' || c == '_';
        }
    }
}
