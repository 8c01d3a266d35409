package jp.spamcenter.web.pages.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart} (PrimeFaces serves Chart.js itself: nothing comes from a CDN). Colours
 * are a fixed palette that stays distinguishable in print and for common colour blindness.
 */
public final class ChartJs {

    private static final String[] PALETTE = {
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#666666", "#000000", "#999999"
    };

    private ChartJs() {}

    /** One series of values per dataset, in the order of the labels. */
    public record Series(String label, List<Long> values) {}

    public static String bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(data::add);
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.get(i).label())
                    .add("data", data)
                    .add("backgroundColor", PALETTE[i % PALETTE.length]));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", series.size() > 1)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    /**
     * Lines of percentages (0–100) over the labels; a null value leaves a gap (nothing to measure that month).
     */
    public static String percentLines(List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Long value : series.get(i).values()) {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.get(i).label())
                    .add("data", data)
                    .add("borderColor", PALETTE[i % PALETTE.length])
                    .add("backgroundColor", PALETTE[i % PALETTE.length])
                    .add("spanGaps", false));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100))))
                .build()
                .toString();
    }

    public static String doughnut(List<String> labels, List<Long> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(PALETTE[i % PALETTE.length]);
        }
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("data", data)
                                                        .add("backgroundColor", colours))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false))
                .build()
                .toString();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
