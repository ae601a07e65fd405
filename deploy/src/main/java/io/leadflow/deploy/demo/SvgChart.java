package io.leadflow.deploy.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A small line chart written as plain SVG: grid, axes with their titles, optionally the diagonal as a dashed
 * reference, and any number of series drawn as lines with dots, with a legend. By default both axes run from 0 to 1,
 * shown in percent; {@link #withAxes} gives them other ends and tick labels (a time series: minutes against MiB).
 * Every text is escaped, so a title or label cannot break the document.
 */
public final class SvgChart {

    /** One line of the chart: its name in the legend, its colour, and its points (x, y in 0..1). */
    public record Series(String name, String colour, List<double[]> points) {}

    private static final int WIDTH = 560;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final String diagonalName;
    private final List<Series> series = new ArrayList<>();
    private double xMax = 1;
    private double yMax = 1;
    private DoubleFunction<String> xTick = SvgChart::percent;
    private DoubleFunction<String> yTick = SvgChart::percent;

    /**
     * A chart with this title and axis titles; {@code diagonalName} names the dashed diagonal in the legend, or is
     * null for a chart without one.
     */
    public SvgChart(String title, String xTitle, String yTitle, String diagonalName) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.diagonalName = diagonalName;
    }

    /**
     * Axes from 0 to {@code xMax} and 0 to {@code yMax} (both positive) in the series' own units, their tick labels
     * written by these functions; a point beyond an end is drawn at that end.
     */
    public SvgChart withAxes(double xMax, double yMax, DoubleFunction<String> xTick, DoubleFunction<String> yTick) {
        if (!(xMax > 0) || !(yMax > 0)) {
            throw new IllegalArgumentException("an axis must end above 0");
        }
        this.xMax = xMax;
        this.yMax = yMax;
        this.xTick = xTick;
        this.yTick = yTick;
        return this;
    }

    public SvgChart with(Series line) {
        series.add(line);
        return this;
    }

    /** The chart as a standalone SVG document. */
    public String render() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        .formatted(WIDTH, HEIGHT, WIDTH, HEIGHT))
                .append("font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\">\n<title>")
                .append(escape(title))
                .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, WIDTH / 2.0, 28, "middle", "font-size=\"15\" font-weight=\"bold\"", title);
        for (int tick = 0; tick <= 10; tick += 2) {
            double at = tick / 10.0;
            line(svg, x(at), y(0), x(at), y(1), "#e5e5e5", "");
            line(svg, x(0), y(at), x(1), y(at), "#e5e5e5", "");
            text(svg, x(at), y(0) + 18, "middle", "", xTick.apply(at * xMax));
            text(svg, x(0) - 8, y(at) + 4, "end", "", yTick.apply(at * yMax));
        }
        line(svg, x(0), y(0), x(1), y(0), "#333333", "");
        line(svg, x(0), y(0), x(0), y(1), "#333333", "");
        text(svg, x(0.5), HEIGHT - 22, "middle", "", xTitle);
        svg.append("<text x=\"18\" y=\"%s\" text-anchor=\"middle\" transform=\"rotate(-90 18 %s)\">%s</text>\n"
                .formatted(number(y(0.5)), number(y(0.5)), escape(yTitle)));
        int legend = 0;
        if (diagonalName != null) {
            line(svg, x(0), y(0), x(1), y(1), "#888888", " stroke-dasharray=\"6 4\"");
            legend(svg, legend++, "#888888", " stroke-dasharray=\"6 4\"", diagonalName);
        }
        for (Series line : series) {
            StringBuilder points = new StringBuilder();
            for (double[] point : line.points()) {
                points.append(number(x(point[0] / xMax)))
                        .append(',')
                        .append(number(y(point[1] / yMax)))
                        .append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n"
                    .formatted(escape(line.colour()), points.toString().trim()));
            for (double[] point : line.points()) {
                svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"3.5\" fill=\"%s\"/>\n"
                        .formatted(number(x(point[0] / xMax)), number(y(point[1] / yMax)), escape(line.colour())));
            }
            legend(svg, legend++, line.colour(), "", line.name());
        }
        return svg.append("</svg>\n").toString();
    }

    /** Text safe inside an SVG element or attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private void legend(StringBuilder svg, int row, String colour, String style, String name) {
        double top = y(1) + 12 + 18 * row;
        line(svg, x(0) + 12, top, x(0) + 36, top, colour, " stroke-width=\"2\"" + style);
        text(svg, x(0) + 42, top + 4, "start", "", name);
    }

    private static void line(
            StringBuilder svg, double x1, double y1, double x2, double y2, String colour, String extra) {
        svg.append("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"%s/>\n"
                .formatted(number(x1), number(y1), number(x2), number(y2), escape(colour), extra));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String extra, String content) {
        svg.append("<text x=\"%s\" y=\"%s\" text-anchor=\"%s\"%s>%s</text>\n"
                .formatted(number(x), number(y), anchor, extra.isEmpty() ? "" : " " + extra, escape(content)));
    }

    private static double x(double value) {
        return LEFT + clamp(value) * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double value) {
        return HEIGHT - BOTTOM - clamp(value) * (HEIGHT - TOP - BOTTOM);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
