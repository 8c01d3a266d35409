package jp.spamcenter.complaint.internal.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AnalysisResult.Hop;
import jp.spamcenter.complaint.api.AnalysisResult.Origin;

/**
 * The Received chain of a message, newest first, and where the message entered the mail system: the first
 * relay, from the top, that is neither one of the center's trusted relays nor a private, loopback or
 * reserved address. Relays below it could have been written by the sender and are not trusted.
 */
final class ReceivedChain {

    /** Clocks of mail servers disagree a little; more than this backwards is flagged. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    private static final Pattern BRACKETED_V4 = Pattern.compile("\\[(\\d{1,3}(?:\\.\\d{1,3}){3})\\]");

    private final List<Hop> hops;
    private final List<ReceivedHeader> parsed;

    private ReceivedChain(List<Hop> hops, List<ReceivedHeader> parsed) {
        this.hops = hops;
        this.parsed = parsed;
    }

    static ReceivedChain of(List<String> receivedValues, int maxHops) {
        var hops = new ArrayList<Hop>();
        var parsed = new ArrayList<ReceivedHeader>();
        for (int i = 0; i < receivedValues.size() && i < maxHops; i++) {
            String raw = receivedValues.get(i);
            ReceivedHeader h = ReceivedHeader.parse(raw);
            parsed.add(h);
            hops.add(new Hop(
                    i,
                    h.fromHost(),
                    h.ip(),
                    h.helo(),
                    h.by(),
                    h.id(),
                    h.date(),
                    raw.length() > 1000 ? raw.substring(0, 1000) : raw));
        }
        return new ReceivedChain(List.copyOf(hops), parsed);
    }

    List<Hop> hops() {
        return hops;
    }

    /** The originating relay, or null when no hop shows a public address outside the trusted relays. */
    Origin origin(TrustedRelays trusted, CountryLookup countries) {
        for (Hop hop : hops) {
            if (hop.ip() == null || IpAddresses.isNonPublic(hop.ip()) || trusted.contains(hop.ip())) {
                continue;
            }
            String country = countries.countryOf(hop.ip()).orElse(null);
            return new Origin(hop.ip(), country, hop.index(), shorten(hop.raw()));
        }
        return null;
    }

    /** What in the chain cannot be right. */
    List<String> anomalies() {
        var anomalies = new ArrayList<String>();
        for (int i = 0; i + 1 < hops.size(); i++) {
            Hop newer = hops.get(i);
            Hop older = hops.get(i + 1);
            if (newer.date() != null
                    && older.date() != null
                    && newer.date().plus(CLOCK_SKEW).isBefore(older.date())) {
                anomalies.add("hop " + i + " is dated " + newer.date() + ", before hop " + (i + 1) + " at "
                        + older.date() + ": the dates go backwards");
            }
        }
        for (Hop hop : hops) {
            // a bracketed literal that is no address at all, such as [999.1.2.3]
            Matcher literal = hop.ip() == null && hop.raw() != null ? BRACKETED_V4.matcher(hop.raw()) : null;
            while (literal != null && literal.find()) {
                if (IpAddresses.parse(literal.group(1)).isEmpty()) {
                    anomalies.add("hop " + hop.index() + " names an impossible address " + literal.group(1));
                }
            }
        }
        boolean publicSeen = false;
        for (Hop hop : hops) {
            if (hop.ip() == null) {
                continue;
            }
            boolean nonPublic = IpAddresses.isNonPublic(hop.ip());
            if (publicSeen && nonPublic && !isLoopback(hop.ip())) {
                // a private address below a public relay is normal inside the sender's network; reserved is not
                if (isReservedNotPrivate(hop.ip())) {
                    anomalies.add("hop " + hop.index() + " claims a reserved address " + hop.ip());
                }
            }
            publicSeen |= !nonPublic;
        }
        return List.copyOf(anomalies);
    }

    int size() {
        return parsed.size();
    }

    private static boolean isLoopback(String ip) {
        return ip.startsWith("127.") || ip.equals("0:0:0:0:0:0:0:1") || ip.equals("::1");
    }

    private static boolean isReservedNotPrivate(String ip) {
        String lower = ip.toLowerCase(Locale.ROOT);
        if (lower.contains(":")) {
            return lower.startsWith("2001:db8");
        }
        int first = Integer.parseInt(ip.substring(0, ip.indexOf('.')));
        return first == 0
                || first >= 240
                || ip.startsWith("192.0.2.")
                || ip.startsWith("198.51.100.")
                || ip.startsWith("203.0.113.");
    }

    private static String shorten(String raw) {
        return raw == null || raw.length() <= 300 ? raw : raw.substring(0, 300) + "…";
    }

    /**
     * The center's own mail hosts, as addresses or IPv4 networks ({@code 203.0.113.5},
     * {@code 203.0.113.0/24}): a relay connecting from one of them is not where spam came from. Only addresses
     * count: a host name in a header is the sender's claim.
     */
    record TrustedRelays(List<String> networks) {

        static final TrustedRelays NONE = new TrustedRelays(List.of());

        boolean contains(String ip) {
            return ip != null && networks.stream().anyMatch(network -> matches(network.strip(), ip));
        }

        private static boolean matches(String network, String ip) {
            int slash = network.indexOf('/');
            if (slash < 0) {
                return IpAddresses.parse(network).map(ip::equals).orElse(false);
            }
            if (ip.contains(":")) {
                return false;
            }
            long base = ipv4(network.substring(0, slash));
            int bits = Integer.parseInt(network.substring(slash + 1));
            long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
            return base >= 0 && (ipv4(ip) & mask) == (base & mask);
        }

        private static long ipv4(String ip) {
            String[] parts = ip.split("\\.");
            if (parts.length != 4) {
                return -1;
            }
            long value = 0;
            for (String part : parts) {
                value = (value << 8) | Integer.parseInt(part);
            }
            return value;
        }
    }
}
