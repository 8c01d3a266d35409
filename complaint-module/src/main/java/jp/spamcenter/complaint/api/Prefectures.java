package jp.spamcenter.complaint.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 47 prefectures in JIS X 0401 order, read once from the CSV kept beside this class. */
public final class Prefectures {

    private static final Map<String, Prefecture> BY_CODE = load();

    private Prefectures() {}

    /** All 47, in JIS code order (north to south). */
    public static List<Prefecture> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** The prefecture with this two-digit JIS code, if there is one. */
    public static Optional<Prefecture> byCode(String code) {
        return Optional.ofNullable(code).map(BY_CODE::get);
    }

    private static Map<String, Prefecture> load() {
        var stream = Prefectures.class.getResourceAsStream("prefectures.csv");
        if (stream == null) {
            throw new IllegalStateException("prefectures.csv is missing from the complaint module");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>(reader.lines().toList());
            if (lines.isEmpty() || !lines.get(0).equals("code,name_ja,name_en,region_ja,region_en")) {
                throw new IllegalStateException("prefectures.csv has an unexpected header");
            }
            var byCode = new LinkedHashMap<String, Prefecture>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("prefectures.csv: bad line " + line);
                }
                byCode.put(f[0], new Prefecture(f[0], f[1], f[2], f[3], f[4]));
            }
            if (byCode.size() != 47) {
                throw new IllegalStateException("prefectures.csv holds " + byCode.size() + " prefectures, not 47");
            }
            return Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
