package jp.spamcenter.complaint.internal.analysis;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The analysis rules kept as data: the law's display duties and the categories (see docs/analysis.md). */
record RuleBook(String version, List<DutyRule> duties, List<CategoryRule> categories, int categoryThreshold) {

    /** One display duty: the phrases that show it, and whether an address must follow them. */
    record DutyRule(
            String code,
            String law,
            String titleJa,
            String titleEn,
            List<FastPattern> patterns,
            String near,
            int window) {}

    /** One category: weighted phrases. */
    record CategoryRule(String code, String titleJa, String titleEn, List<Term> terms) {}

    record Term(FastPattern pattern, int weight) {}

    /** The rules shipped with the analyser. */
    static RuleBook bundled() {
        JsonObject duties = read("display-duties.json");
        JsonObject categories = read("categories.json");
        var dutyRules = new ArrayList<DutyRule>();
        for (JsonValue value : duties.getJsonArray("duties")) {
            JsonObject d = value.asJsonObject();
            dutyRules.add(new DutyRule(
                    d.getString("code"),
                    d.getString("law"),
                    d.getString("titleJa"),
                    d.getString("titleEn"),
                    patterns(d),
                    d.getString("near", null),
                    d.getInt("window", 0)));
        }
        var categoryRules = new ArrayList<CategoryRule>();
        for (JsonValue value : categories.getJsonArray("categories")) {
            JsonObject c = value.asJsonObject();
            var terms = new ArrayList<Term>();
            for (JsonValue t : c.getJsonArray("terms")) {
                terms.add(new Term(
                        new FastPattern(Pattern.compile(t.asJsonObject().getString("pattern"))),
                        t.asJsonObject().getInt("weight")));
            }
            categoryRules.add(
                    new CategoryRule(c.getString("code"), c.getString("titleJa"), c.getString("titleEn"), terms));
        }
        String version = duties.getString("version") + "/" + categories.getString("version");
        return new RuleBook(
                version, List.copyOf(dutyRules), List.copyOf(categoryRules), categories.getInt("threshold"));
    }

    private static List<FastPattern> patterns(JsonObject rule) {
        return rule.getJsonArray("patterns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(s -> new FastPattern(Pattern.compile(s.getString())))
                .toList();
    }

    private static JsonObject read(String name) {
        try (InputStream in = RuleBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("analysis rules missing: " + name);
            }
            try (var reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
