package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SpamAssassin's real Received headers: every expected relay address found, none invented. */
class ReceivedHeaderConformanceTest {

    private record Case(String header, String ip, String by) {}

    private static final Pattern FIELD = Pattern.compile("\\b(ip|by)=(\\S*)");

    private static List<Case> cases() throws IOException {
        try (InputStream in =
                ReceivedHeaderConformanceTest.class.getResourceAsStream("/corpus/received/rcvd_parser_cases.tsv")) {
            var cases = new ArrayList<Case>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                String ip = null;
                String by = null;
                if (columns.length > 1 && !columns[1].isBlank()) {
                    Matcher m = FIELD.matcher(columns[1]);
                    while (m.find()) {
                        if (m.group(1).equals("ip")) {
                            ip = m.group(2);
                        } else {
                            by = m.group(2);
                        }
                    }
                }
                cases.add(new Case(columns[0], ip, by));
            }
            return cases;
        }
    }

    @Test
    void everyExpectedRelayAddressIsFound() throws IOException {
        var withAddress = cases().stream().filter(c -> c.ip() != null).toList();
        assertThat(withAddress).hasSize(110);
        var wrong = new ArrayList<String>();
        for (Case c : withAddress) {
            var parsed = ReceivedHeader.parse(c.header());
            String expected = IpAddresses.parse(c.ip()).orElse(c.ip());
            if (!expected.equals(parsed.ip())) {
                wrong.add(parsed.ip() + " instead of " + expected + " in: " + c.header());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noRelayAddressIsInventedWhereThereIsNone() throws IOException {
        var without = cases().stream().filter(c -> c.ip() == null).toList();
        assertThat(without).hasSize(34);
        var invented = without.stream()
                .filter(c -> ReceivedHeader.parse(c.header()).ip() != null)
                .map(c -> ReceivedHeader.parse(c.header()).ip() + " from: " + c.header())
                .toList();
        assertThat(invented).isEmpty();
    }

    @Test
    void theReceivingHostIsFound() throws IOException {
        var wrong = cases().stream()
                .filter(c -> c.by() != null && !c.by().isEmpty())
                .filter(c -> !c.by().equals(ReceivedHeader.parse(c.header()).by()))
                .map(c -> ReceivedHeader.parse(c.header()).by() + " instead of " + c.by() + " in: " + c.header())
                .toList();
        assertThat(wrong).isEmpty();
    }
}
