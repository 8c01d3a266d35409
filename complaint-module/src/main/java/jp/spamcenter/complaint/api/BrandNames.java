package jp.spamcenter.complaint.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The brands the analysis knows (its brand table, kept as data with the analyser), by code: what the statistics,
 * the exports and the monthly report call a brand and its kind.
 */
public final class BrandNames {

    /** One brand: its code, kind (CARD, SHOP, BANK, UTILITY, CARRIER, GOVERNMENT, DELIVERY, SERVICE), names. */
    public record Brand(String code, String kind, String nameJa, String nameEn) implements java.io.Serializable {

        public String name(boolean english) {
            return english ? nameEn : nameJa;
        }
    }

    /** The kinds, in the order the council's monthly report lists them. */
    public static final List<String> KINDS =
            List.of("CARD", "SHOP", "BANK", "UTILITY", "CARRIER", "GOVERNMENT", "DELIVERY", "SERVICE");

    private static final Map<String, Brand> BRANDS = read();

    private BrandNames() {}

    /** The brand of a code, empty for a code the table no longer has. */
    public static Optional<Brand> of(String code) {
        return Optional.ofNullable(code == null ? null : BRANDS.get(code));
    }

    /** Every brand, in the table's order. */
    public static List<Brand> all() {
        return List.copyOf(BRANDS.values());
    }

    private static Map<String, Brand> read() {
        try (InputStream in =
                BrandNames.class.getResourceAsStream("/jp/spamcenter/complaint/internal/analysis/brands.json")) {
            JsonObject table = Json.createReader(in).readObject();
            var brands = new LinkedHashMap<String, Brand>();
            for (JsonValue value : table.getJsonArray("brands")) {
                JsonObject b = value.asJsonObject();
                brands.put(
                        b.getString("code"),
                        new Brand(
                                b.getString("code"),
                                b.getString("kind"),
                                b.getString("nameJa"),
                                b.getString("nameEn")));
            }
            return java.util.Collections.unmodifiableMap(brands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
