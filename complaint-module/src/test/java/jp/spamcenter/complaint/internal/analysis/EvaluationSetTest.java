package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.internal.analysis.EvaluationSet.Form;
import jp.spamcenter.complaint.internal.analysis.EvaluationSet.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis measured on the evaluation set (src/test/resources/evaluation): category, brand, display duties,
 * URLs and phone numbers of 200-odd modern Japanese messages in every form a report takes. The report, with the
 * category confusion matrix, goes to target/evaluation/report.md and to the test's output.
 */
class EvaluationSetTest {

    static final List<String> CATEGORIES =
            List.of("PHISHING", "BILLING_FRAUD", "DATING", "ADULT", "FINANCE", "GAMBLING", LawChecks.OTHER);

    record Outcome(Sample sample, AnalysisResult result) {

        String category() {
            return result.category().code();
        }

        boolean categoryRight() {
            return category().equals(sample.category());
        }

        String brand() {
            return result.brand() == null ? null : result.brand().code();
        }

        /** The brand found, and impersonated exactly when the message is phishing naming it. */
        boolean brandRight() {
            String expected = sample.brand();
            if (expected == null) {
                return result.brand() == null || !result.brand().impersonated();
            }
            return expected.equals(brand())
                    && result.brand().impersonated() == sample.category().equals("PHISHING");
        }

        Set<String> duties() {
            var met = new TreeSet<String>();
            // the five the text shows; whether the sender's address is true is read from the headers, not here
            result.displayDuties().stream()
                    .filter(d -> d.met() && EvaluationSet.ALL_DUTIES.contains(d.duty()))
                    .forEach(d -> met.add(d.duty()));
            return met;
        }

        boolean dutiesRight() {
            return duties().equals(new TreeSet<>(sample.duties()));
        }

        boolean urlsRight() {
            return Set.copyOf(result.indicators().urls()).equals(sample.urls());
        }

        boolean phonesRight() {
            return Set.copyOf(result.indicators().phones()).equals(sample.phones());
        }
    }

    static List<Outcome> outcomes;
    static String report;

    @BeforeAll
    static void analyseTheSet() throws IOException {
        var analyzer = new MessageAnalyzer();
        outcomes = EvaluationSet.load().stream()
                .map(s -> new Outcome(s, analyzer.analyse(s.message())))
                .toList();
        report = report(outcomes, analyzer.version());
        Path file = Path.of("target", "evaluation", "report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    @Test
    void theSetCoversEveryFormCategoryAndBrandKind() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(200);
        var forms = new EnumMap<Form, Integer>(Form.class);
        outcomes.forEach(o -> forms.merge(o.sample().form(), 1, Integer::sum));
        assertThat(forms.keySet()).containsExactlyInAnyOrder(Form.values());
        assertThat(outcomes).extracting(o -> o.sample().category()).containsAll(CATEGORIES);
        var kinds = new TreeSet<String>();
        var brands = BrandCheck.bundled();
        outcomes.stream()
                .filter(o ->
                        o.sample().category().equals("PHISHING") && o.sample().brand() != null)
                .forEach(o -> kinds.add(brands.brands().stream()
                        .filter(b -> b.code().equals(o.sample().brand()))
                        .findFirst()
                        .orElseThrow(() ->
                                new AssertionError("no brand " + o.sample().brand()))
                        .kind()));
        assertThat(kinds).containsAll(List.of("CARD", "SHOP", "BANK", "UTILITY", "CARRIER", "GOVERNMENT", "DELIVERY"));
        assertThat(outcomes).filteredOn(o -> o.sample().lawfulAdvertisement()).hasSizeGreaterThanOrEqualTo(20);
        // an inline forward has lost the spam's headers: read in part, by design
        assertThat(outcomes)
                .allSatisfy(o -> assertThat(o.result().status())
                        .as(o.sample().id())
                        .isEqualTo(
                                o.sample().form() == Form.INLINE
                                        ? AnalysisResult.Status.PARTIAL
                                        : AnalysisResult.Status.OK));
    }

    @Test
    void categoriesAreRightForAtLeast95PerCent() {
        assertThat(share(Outcome::categoryRight)).as(report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void brandsAreRightForAtLeast95PerCent() {
        assertThat(share(Outcome::brandRight)).as(report).isGreaterThanOrEqualTo(0.95);
        var naming = outcomes.stream().filter(o -> o.sample().brand() != null).toList();
        assertThat((double) naming.stream().filter(Outcome::brandRight).count() / naming.size())
                .as("among the messages naming a brand")
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void noLawfulAdvertisementIsCalledPhishing() {
        assertThat(outcomes).filteredOn(o -> o.sample().lawfulAdvertisement()).allSatisfy(o -> {
            assertThat(o.category()).as(o.sample().id()).isNotEqualTo("PHISHING");
            assertThat(o.result().brand() == null || !o.result().brand().impersonated())
                    .as(o.sample().id() + " impersonates no brand")
                    .isTrue();
        });
    }

    @Test
    void dutiesUrlsAndPhonesAreFound() {
        assertThat(share(Outcome::dutiesRight)).as("display duties").isGreaterThanOrEqualTo(0.95);
        assertThat(share(Outcome::urlsRight)).as("URLs").isGreaterThanOrEqualTo(0.98);
        assertThat(share(Outcome::phonesRight)).as("phone numbers").isGreaterThanOrEqualTo(0.98);
    }

    private static double share(java.util.function.Predicate<Outcome> right) {
        return (double) outcomes.stream().filter(right).count() / outcomes.size();
    }

    static String report(List<Outcome> outcomes, String version) {
        var out = new StringBuilder();
        int n = outcomes.size();
        out.append("## Evaluation set: ")
                .append(n)
                .append(" messages (analyser ")
                .append(version)
                .append(")\n\n");
        out.append("| part | messages | category | brand | duties | URLs | phones |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        part(
                out,
                "tuned on",
                outcomes.stream().filter(o -> !o.sample().heldOut()).toList());
        part(
                out,
                "held out",
                outcomes.stream().filter(o -> o.sample().heldOut()).toList());
        part(out, "all", outcomes);
        out.append("\n| measure (all) | right | share |\n|---|---:|---:|\n");
        row(out, "category", outcomes.stream().filter(Outcome::categoryRight).count(), n);
        row(
                out,
                "brand (found, and impersonated only in phishing)",
                outcomes.stream().filter(Outcome::brandRight).count(),
                n);
        var naming = outcomes.stream().filter(o -> o.sample().brand() != null).toList();
        row(
                out,
                "brand, messages naming one",
                naming.stream().filter(Outcome::brandRight).count(),
                naming.size());
        row(
                out,
                "display duties (all five exactly)",
                outcomes.stream().filter(Outcome::dutiesRight).count(),
                n);
        row(out, "URLs (exactly)", outcomes.stream().filter(Outcome::urlsRight).count(), n);
        row(
                out,
                "phone numbers (exactly)",
                outcomes.stream().filter(Outcome::phonesRight).count(),
                n);
        var lawful =
                outcomes.stream().filter(o -> o.sample().lawfulAdvertisement()).toList();
        out.append("\nLawful advertisements with every duty met: ")
                .append(lawful.size())
                .append(", called phishing: ")
                .append(lawful.stream()
                        .filter(o -> o.category().equals("PHISHING"))
                        .count())
                .append(".\n\n");

        out.append("### Categories (rows: expected, columns: found)\n\n| expected \\ found |");
        CATEGORIES.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append(" right |\n|---|");
        CATEGORIES.forEach(c -> out.append("---:|"));
        out.append("---:|\n");
        for (String expected : CATEGORIES) {
            var rowOutcomes = outcomes.stream()
                    .filter(o -> o.sample().category().equals(expected))
                    .toList();
            out.append("| ").append(expected).append(" |");
            for (String found : CATEGORIES) {
                long count = rowOutcomes.stream()
                        .filter(o -> o.category().equals(found))
                        .count();
                out.append(' ').append(count == 0 ? "·" : String.valueOf(count)).append(" |");
            }
            out.append(' ')
                    .append(percent(
                            rowOutcomes.stream().filter(Outcome::categoryRight).count(), rowOutcomes.size()))
                    .append(" |\n");
        }

        out.append("\n### By form\n\n| form | messages | category | brand | duties | URLs | phones |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Form form : Form.values()) {
            part(
                    out,
                    form.name().toLowerCase(java.util.Locale.ROOT),
                    outcomes.stream().filter(o -> o.sample().form() == form).toList());
        }

        Map<String, List<String>> wrong = new TreeMap<>();
        for (Outcome o : outcomes) {
            String id = o.sample().id() + (o.sample().heldOut() ? " (held out)" : "");
            if (!o.categoryRight()) {
                wrong.computeIfAbsent("category", k -> new ArrayList<>())
                        .add(id + ": " + o.sample().category() + " found " + o.category() + " "
                                + o.result().category().evidence());
            }
            if (!o.brandRight()) {
                wrong.computeIfAbsent("brand", k -> new ArrayList<>())
                        .add(id + ": " + o.sample().brand() + " found "
                                + (o.result().brand() == null
                                        ? "none"
                                        : o.brand() + (o.result().brand().impersonated() ? " impersonated" : "") + " "
                                                + o.result().brand().evidence()));
            }
            if (!o.dutiesRight()) {
                wrong.computeIfAbsent("duties", k -> new ArrayList<>())
                        .add(id + ": " + new TreeSet<>(o.sample().duties()) + " found " + o.duties());
            }
            if (!o.urlsRight()) {
                wrong.computeIfAbsent("URLs", k -> new ArrayList<>())
                        .add(id + ": " + new TreeSet<>(o.sample().urls()) + " found "
                                + new LinkedHashSet<>(o.result().indicators().urls()));
            }
            if (!o.phonesRight()) {
                wrong.computeIfAbsent("phones", k -> new ArrayList<>())
                        .add(id + ": " + new TreeSet<>(o.sample().phones()) + " found "
                                + o.result().indicators().phones());
            }
        }
        if (!wrong.isEmpty()) {
            out.append("\n### Wrong\n");
            wrong.forEach((what, list) -> {
                out.append("\n").append(what).append(":\n");
                list.forEach(w -> out.append("- ").append(w).append('\n'));
            });
        }
        return out.toString();
    }

    private static void part(StringBuilder out, String name, List<Outcome> of) {
        out.append("| ").append(name).append(" | ").append(of.size());
        for (var measure : List.<java.util.function.Predicate<Outcome>>of(
                Outcome::categoryRight,
                Outcome::brandRight,
                Outcome::dutiesRight,
                Outcome::urlsRight,
                Outcome::phonesRight)) {
            out.append(" | ").append(percent(of.stream().filter(measure).count(), of.size()));
        }
        out.append(" |\n");
    }

    private static void row(StringBuilder out, String measure, long right, int of) {
        out.append("| ")
                .append(measure)
                .append(" | ")
                .append(right)
                .append('/')
                .append(of)
                .append(" | ")
                .append(percent(right, of))
                .append(" |\n");
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
