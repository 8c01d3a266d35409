package jp.spamcenter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The configuration table of README.md against the code: every setting the modules read through MicroProfile
 * Config has its row, with its property, its environment variable and, where the code has one, its default. A
 * setting added without its row, or a default changed in one place only, fails the build.
 */
class ConfigurationTableTest {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern LOOKED_UP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"([^\"]+)\"");

    /** Every setting the code reads, with the defaults it gives it (null: none). */
    private static Map<String, Set<String>> settingsInTheCode() throws IOException {
        Map<String, Set<String>> settings = new TreeMap<>();
        for (String module : List.of("complaint-module", "advice-module", "reporting-module", "web")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    var m = CONFIG_PROPERTY.matcher(source);
                    while (m.find()) {
                        settings.computeIfAbsent(
                                        m.group(1),
                                        k -> new TreeSet<>(
                                                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                                .add(m.group(2));
                    }
                    var l = LOOKED_UP.matcher(source);
                    while (l.find()) {
                        settings.computeIfAbsent(
                                l.group(1),
                                k -> new TreeSet<>(
                                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
                    }
                }
            }
        }
        return settings;
    }

    /** MicroProfile Config's environment form of a property: upper case, every other character an underscore. */
    static String environment(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @Test
    void everySettingHasItsRowWithItsVariableAndDefault() throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.split("\\|"))
                .toList();
        Map<String, Set<String>> settings = settingsInTheCode();
        assertThat(settings).hasSizeGreaterThan(50);
        var problems = new ArrayList<String>();
        settings.forEach((property, defaults) -> {
            var row = rows.stream()
                    .filter(cells -> cells[2].contains("`" + property + "`"))
                    .findFirst();
            if (row.isEmpty()) {
                problems.add(property + ": no row in README.md's configuration table");
                return;
            }
            String[] cells = row.get();
            if (!cells[1].contains("`" + environment(property) + "`")) {
                problems.add(property + ": its row does not name " + environment(property));
            }
            for (String value : defaults) {
                boolean none = value == null || value.isBlank();
                if (!none && !cells[3].contains("`" + value + "`")) {
                    problems.add(property + ": the code's default `" + value + "` is not the row's (" + cells[3].strip()
                            + ")");
                }
            }
        });
        assertThat(problems)
                .as("README.md's configuration table against the code")
                .isEmpty();
        assertThat(environment("api.key-cache-seconds")).isEqualTo("API_KEY_CACHE_SECONDS");
    }
}
