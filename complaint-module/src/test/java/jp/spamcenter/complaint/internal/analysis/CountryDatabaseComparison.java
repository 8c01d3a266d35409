package jp.spamcenter.complaint.internal.analysis;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Network;
import com.maxmind.db.Reader;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How far the open IP-to-country databases on the npm registry agree, over a large sample of addresses: random
 * public IPv4 addresses, addresses inside the IPv6 networks each database lists, and every address any of them
 * places in Japan. Prints coverage, agreement with the majority of the three, and the blocks where one database
 * alone disagrees about Japan (where a carrier's block lands abroad). Fetches the candidates with npm
 * ({@code src/build/fetch-country-candidates.sh}). Run: {@code ./mvnw -pl complaint-module -am test -Pbench
 * -Dtest=CountryDatabaseComparison}. The figures are in docs/analysis.md.
 */
@Tag("bench")
class CountryDatabaseComparison {

    private static final int IPV4_SAMPLE = 200_000;
    private static final int IPV6_PER_DATABASE = 40_000;

    @Test
    void compareTheCandidates() throws Exception {
        Path dir = Path.of("target/country-candidates");
        Process fetch = new ProcessBuilder("bash", "src/build/fetch-country-candidates.sh", dir.toString())
                .inheritIO()
                .start();
        if (fetch.waitFor() != 0) {
            System.out.println("country database comparison: the candidates could not be fetched");
            return;
        }
        var databases = new LinkedHashMap<String, Reader>();
        try (var files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".mmdb")).sorted().toList()) {
                databases.put(
                        f.getFileName().toString().replace(".mmdb", ""),
                        new Reader(f.toFile(), Reader.FileMode.MEMORY, new CHMCache()));
            }
        }
        var random = new Random(2026);
        List<InetAddress> v4 = new ArrayList<>();
        while (v4.size() < IPV4_SAMPLE) {
            byte[] b = new byte[4];
            random.nextBytes(b);
            String ip = (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
            if (!IpAddresses.isNonPublic(ip)) {
                v4.add(InetAddress.getByAddress(b));
            }
        }
        List<InetAddress> v6 = new ArrayList<>();
        for (Reader reader : databases.values()) {
            v6.addAll(sampleV6(reader, random));
        }
        report("IPv4, random public addresses", v4, databases);
        report("IPv6, inside the networks the databases list", v6, databases);
        var japan = new ArrayList<InetAddress>();
        for (List<InetAddress> sample : List.of(v4, v6)) {
            for (InetAddress a : sample) {
                for (Reader r : databases.values()) {
                    if ("JP".equals(country(r, a))) {
                        japan.add(a);
                        break;
                    }
                }
            }
        }
        report("placed in Japan by at least one", japan, databases);
        report("the relays of the SpamAssassin corpus and the test corpus' messages", corpusRelays(), databases);
        disagreementsAboutJapan(japan, databases);
        for (Reader r : databases.values()) {
            r.close();
        }
    }

    /**
     * The public relay addresses in real third-party material kept with the tests: the expected parses of
     * SpamAssassin's Received-header cases and the Received headers of the corpus' messages (ARF reports, Japanese
     * messages).
     */
    private static List<InetAddress> corpusRelays() throws Exception {
        var texts = new ArrayList<String>();
        texts.add(new String(
                SampleMessages.resource("/corpus/received/rcvd_parser_cases.tsv"),
                java.nio.charset.StandardCharsets.UTF_8));
        try (var files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                texts.add(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        var seen = new java.util.LinkedHashSet<String>();
        var ip = java.util.regex.Pattern.compile(
                "(?:ip=|\\[|\\(|\\s)(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?=[\\]\\)\\s:]|$)");
        for (String text : texts) {
            var m = ip.matcher(text);
            while (m.find()) {
                IpAddresses.parse(m.group(1))
                        .filter(a -> !IpAddresses.isNonPublic(a))
                        .ifPresent(seen::add);
            }
        }
        var relays = new ArrayList<InetAddress>();
        for (String a : seen) {
            relays.add(InetAddress.getByName(a));
        }
        return relays;
    }

    private static List<InetAddress> sampleV6(Reader reader, Random random) throws Exception {
        var networks = new ArrayList<Network>();
        var it = reader.networksWithin(new Network(InetAddress.getByName("2000::"), 3), false, Map.class);
        while (it.hasNext()) {
            Network n = it.next().getNetwork();
            if (n.getNetworkAddress().getAddress().length == 16 && n.getPrefixLength() <= 64) {
                networks.add(n);
            }
        }
        var sample = new ArrayList<InetAddress>();
        for (int i = 0; i < IPV6_PER_DATABASE && !networks.isEmpty(); i++) {
            Network n = networks.get(random.nextInt(networks.size()));
            byte[] b = n.getNetworkAddress().getAddress().clone();
            for (int bit = n.getPrefixLength(); bit < 128; bit++) {
                if (random.nextBoolean()) {
                    b[bit / 8] |= (byte) (0x80 >>> (bit % 8));
                }
            }
            sample.add(InetAddress.getByAddress(b));
        }
        return sample;
    }

    private static String country(Reader reader, InetAddress address) {
        try {
            Object found = reader.get(address, Map.class);
            if (found instanceof Map<?, ?> record && record.get("country_code") instanceof String code) {
                return code;
            }
            return "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void report(String title, List<InetAddress> sample, Map<String, Reader> databases) {
        var names = List.copyOf(databases.keySet());
        long[] known = new long[names.size()];
        long[] withMajority = new long[names.size()];
        long[] majorityKnown = new long[names.size()];
        long[] japan = new long[names.size()];
        long allAgree = 0;
        for (InetAddress a : sample) {
            String[] c = new String[names.size()];
            var votes = new HashMap<String, Integer>();
            for (int i = 0; i < c.length; i++) {
                c[i] = country(databases.get(names.get(i)), a);
                if (!c[i].isEmpty()) {
                    known[i]++;
                    votes.merge(c[i], 1, Integer::sum);
                }
                if ("JP".equals(c[i])) {
                    japan[i]++;
                }
            }
            String majority = votes.entrySet().stream()
                    .filter(e -> e.getValue() >= 2)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (votes.size() == 1 && votes.values().iterator().next() == c.length) {
                allAgree++;
            }
            if (majority != null) {
                for (int i = 0; i < c.length; i++) {
                    if (!c[i].isEmpty()) {
                        majorityKnown[i]++;
                        if (c[i].equals(majority)) {
                            withMajority[i]++;
                        }
                    }
                }
            }
        }
        System.out.printf(
                "%n=== %s: %,d addresses; all three agree on %.2f %% ===%n",
                title, sample.size(), 100.0 * allAgree / sample.size());
        System.out.printf("%-32s %10s %18s %10s%n", "database", "known", "with the majority", "in Japan");
        for (int i = 0; i < names.size(); i++) {
            System.out.printf(
                    "%-32s %9.2f%% %17.3f%% %10d%n",
                    names.get(i),
                    100.0 * known[i] / sample.size(),
                    majorityKnown[i] == 0 ? 0 : 100.0 * withMajority[i] / majorityKnown[i],
                    japan[i]);
        }
        combined(sample, databases);
    }

    /**
     * The rule shipped ({@link CombinedCountries}): two of the three decide, measured the same way (it agrees with
     * the majority wherever there is one, by its making; what it adds is an answer where there is none).
     */
    private static void combined(List<InetAddress> sample, Map<String, Reader> databases) {
        long known = 0;
        long withMajority = 0;
        long majorityKnown = 0;
        long japan = 0;
        for (InetAddress a : sample) {
            var votes = new HashMap<String, Integer>();
            for (Reader r : databases.values()) {
                String c = country(r, a);
                if (!c.isEmpty()) {
                    votes.merge(c, 1, Integer::sum);
                }
            }
            String majority = votes.entrySet().stream()
                    .filter(e -> e.getValue() >= 2)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            String chosen = CombinedCountries.choose(
                    country(databases.get("geo-whois-asn-country"), a),
                    country(databases.get("dbip-country"), a),
                    country(databases.get("iptoasn-country"), a),
                    a.getAddress().length == 16);
            if (!chosen.isEmpty()) {
                known++;
                if (majority != null) {
                    majorityKnown++;
                    if (chosen.equals(majority)) {
                        withMajority++;
                    }
                }
            }
            if ("JP".equals(chosen)) {
                japan++;
            }
        }
        System.out.printf(
                "%-32s %9.2f%% %17.3f%% %10d%n",
                "combined (shipped)",
                100.0 * known / sample.size(),
                majorityKnown == 0 ? 0 : 100.0 * withMajority / majorityKnown,
                japan);
    }

    /** The blocks (IPv4 /16, IPv6 /32) where one database puts Japanese addresses abroad while the others agree. */
    private static void disagreementsAboutJapan(List<InetAddress> japan, Map<String, Reader> databases) {
        var names = List.copyOf(databases.keySet());
        for (int odd = 0; odd < names.size(); odd++) {
            var blocks = new TreeMap<String, Map<String, Integer>>();
            long total = 0;
            for (InetAddress a : japan) {
                String mine = country(databases.get(names.get(odd)), a);
                boolean othersJapan = true;
                for (int i = 0; i < names.size(); i++) {
                    if (i != odd && !"JP".equals(country(databases.get(names.get(i)), a))) {
                        othersJapan = false;
                    }
                }
                if (othersJapan && !"JP".equals(mine)) {
                    total++;
                    blocks.computeIfAbsent(block(a), k -> new TreeMap<>())
                            .merge(mine.isEmpty() ? "unknown" : mine, 1, Integer::sum);
                }
            }
            System.out.printf(
                    "%n%s alone places %,d Japanese addresses elsewhere; the largest blocks:%n", names.get(odd), total);
            blocks.entrySet().stream()
                    .sorted((x, y) -> Integer.compare(
                            y.getValue().values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum(),
                            x.getValue().values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum()))
                    .limit(8)
                    .forEach(e -> System.out.printf("  %-22s %s%n", e.getKey(), e.getValue()));
        }
    }

    private static String block(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + ".0.0/16";
        }
        return String.format("%02x%02x:%02x%02x::/32", b[0], b[1], b[2], b[3]);
    }
}
