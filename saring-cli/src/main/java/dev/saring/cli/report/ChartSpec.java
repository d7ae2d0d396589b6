package dev.saring.cli.report;

import java.util.List;

/**
 * One chart of the report, as data: the page's script hands it to Chart.js as it is. Labels are drawn on a
 * canvas, never parsed as HTML.
 *
 * @param id            the canvas is {@code chart-<id>}
 * @param type          a Chart.js type: {@code bar} or {@code line}
 * @param horizontal    bars along the x axis
 * @param stacked       series stacked
 * @param logarithmic   value axis logarithmic
 * @param categoryTitle title of the category axis
 * @param valueTitle    title of the value axis
 * @param secondTitle   title of the second value axis (series with axis {@code y2}), or empty
 * @param labels        categories
 * @param series        one or more data series
 */
public record ChartSpec(String id, String type, boolean horizontal, boolean stacked, boolean logarithmic,
                        String categoryTitle, String valueTitle, String secondTitle,
                        List<String> labels, List<Series> series) {

    /**
     * @param label  legend text
     * @param data   one value per label
     * @param color  CSS colour
     * @param colors a colour per bar, or empty to use {@code color}
     * @param axis   {@code y} or {@code y2}
     */
    public record Series(String label, List<Double> data, String color, List<String> colors, String axis) {
        static Series of(String label, List<Double> data, String color) {
            return new Series(label, data, color, List.of(), "y");
        }
    }

    /** True when some value is not zero: an empty chart is shown as a sentence instead. */
    public boolean hasData() {
        return !labels.isEmpty() && series.stream().flatMap(s -> s.data().stream()).anyMatch(v -> v != null && v != 0);
    }
}
