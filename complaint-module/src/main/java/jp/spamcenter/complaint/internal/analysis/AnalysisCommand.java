package jp.spamcenter.complaint.internal.analysis;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For operators: analyses .eml files, folders of them and mbox files, and prints one JSON line per message.
 *
 * <pre>./mvnw -q -pl complaint-module exec:java@analyse -Dexec.args="spam/ inbox.mbox"</pre>
 *
 * Options: {@code --trusted=203.0.113.0/24,198.51.100.7} (the center's relays),
 * {@code --countries=/path/GeoLite2-Country.mmdb} (instead of the shipped database).
 */
public final class AnalysisCommand {

    private AnalysisCommand() {}

    @SuppressWarnings("try") // Jsonb.close() may throw anything, InterruptedException too: wrapped below
    public static void main(String[] args) throws IOException {
        var trusted = new ArrayList<String>();
        CountryLookup countries = null;
        var paths = new ArrayList<Path>();
        for (String arg : args) {
            if (arg.startsWith("--trusted=")) {
                trusted.addAll(List.of(arg.substring(10).split(",")));
            } else if (arg.startsWith("--countries=")) {
                countries = MaxMindCountries.fromFile(Path.of(arg.substring(12)));
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            System.err.println(
                    "usage: AnalysisCommand [--trusted=ip,net/24] [--countries=file.mmdb] file.eml|folder|file.mbox ...");
            System.exit(2);
        }
        var analyzer = new MessageAnalyzer(
                MessageAnalyzer.Limits.DEFAULT,
                trusted,
                countries != null ? countries : MaxMindCountries.bundled().orElse(CountryLookup.NONE));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(false))) {
            for (Path path : paths) {
                for (Path file : files(path)) {
                    int index = 0;
                    for (byte[] message : messages(file)) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("file", file.toString());
                        line.put("index", index++);
                        line.put("analysis", analyzer.analyse(message));
                        out.println(json.toJson(line));
                    }
                }
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** One message for an .eml file; every message of an mbox ("From " separator lines). */
    static List<byte[]> messages(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Mbox.split(bytes);
    }
}
