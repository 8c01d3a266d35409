package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The category rules measured on a labelled sample kept with the tests (42 messages, 7 categories). */
class CategoryAccuracyTest {

    @Test
    void theRulesCategoriseTheLabelledSample() {
        var checks = new LawChecks(RuleBook.bundled());
        String sample = new String(SampleMessages.resource("/analysis/labelled-sample.tsv"), StandardCharsets.UTF_8);
        int total = 0;
        int right = 0;
        var wrong = new ArrayList<String>();
        Map<String, int[]> perCategory = new TreeMap<>();
        for (String line : sample.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String expected = f[0];
            var finding = checks.category(
                    BodyIndicators.normalise(f[1]), BodyIndicators.normalise(f[2].replace("\\n", "\n")));
            total++;
            int[] counts = perCategory.computeIfAbsent(expected, k -> new int[2]);
            counts[1]++;
            if (finding.code().equals(expected)) {
                right++;
                counts[0]++;
                if (!expected.equals(LawChecks.OTHER)) {
                    assertThat(finding.evidence()).as("evidence for " + f[1]).isNotEmpty();
                }
            } else {
                wrong.add(expected + " taken for " + finding.code() + ": " + f[1] + " " + finding.evidence());
            }
        }
        double accuracy = (double) right / total;
        System.out.printf("category accuracy on the labelled sample: %d/%d = %.1f%%%n", right, total, 100 * accuracy);
        perCategory.forEach((c, n) -> System.out.printf("  %-14s %d/%d%n", c, n[0], n[1]));
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertThat(total).isEqualTo(42);
        assertThat(accuracy).as("accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.9);
    }
}
