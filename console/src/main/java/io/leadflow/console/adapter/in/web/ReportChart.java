package io.leadflow.console.adapter.in.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers one chart draws (static/assets/charts.js reads them as JSON from the chart's {@code data-chart}
 * attribute): a bar per series for each label. The same numbers are always in the table next to the chart.
 *
 * @param unit shown on the value axis, e.g. {@code "%"} or {@code "leads"}
 */
record ReportChart(String title, String unit, List<String> labels, List<Series> series) {

    ReportChart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** One series: a name for the legend and one value per label (null where there is nothing to show). */
    record Series(String name, List<@Nullable Double> values) {}

    /** The chart as JSON for a {@code data-chart} attribute; Thymeleaf escapes it like any attribute value. */
    String toJson(JsonMapper json) {
        return json.writeValueAsString(this);
    }
}
