package dev.waybill.learn.internal;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts drawn as text: horizontal bars and a histogram. Each chart scales to its
 * container's width ({@code viewBox}, no fixed pixel width), so it reads on a phone, and carries a
 * title for screen readers. No script, no external reference.
 */
public final class Svg {

    private static final int WIDTH = 640;
    private static final int LABEL = 210;
    private static final int ROW = 34;

    private Svg() {
    }

    /**
     * One bar.
     *
     * @param label what it is
     * @param value its length, in the chart's unit
     * @param text  the figure written beside it
     */
    public record Bar(String label, double value, String text) {
    }

    /** Horizontal bars, longest = {@code max} (or the largest value when {@code max} is 0). */
    public static String bars(String title, List<Bar> bars, double max) {
        double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(1);
        top = top > 0 ? top : 1;
        int height = Math.max(1, bars.size()) * ROW + 10;
        StringBuilder svg = open(title, height);
        int y = 5;
        for (Bar bar : bars) {
            double length = (WIDTH - LABEL - 190) * Math.max(0, bar.value()) / top;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"l\">%s</text>"
                    + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"b\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"v\">%s</text>\n",
                    LABEL - 6, y + 22, Html.escape(shorten(bar.label())), LABEL, y + 5, length, ROW - 10,
                    LABEL + length + 4, y + 22, Html.escape(bar.text())));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** A histogram of {@code counts}, bin {@code i} labelled {@code labels.get(i)}. */
    public static String histogram(String title, List<String> labels, long[] counts, String axis) {
        long top = 1;
        for (long count : counts) {
            top = Math.max(top, count);
        }
        int height = 250;
        int plot = 190;
        StringBuilder svg = open(title, height);
        double step = (WIDTH - 40.0) / Math.max(1, counts.length);
        for (int i = 0; i < counts.length; i++) {
            double h = plot * counts[i] / (double) top;
            double x = 30 + i * step;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"b\"><title>%s: %d</title></rect>",
                    x + 1, 10 + plot - h, Math.max(1, step - 2), h, Html.escape(labels.get(i)), counts[i]));
            if (counts.length <= 10 || i % Math.max(1, (counts.length + 5) / 6) == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"t\">%s"
                        + "</text>", x + step / 2, plot + 32, Html.escape(labels.get(i))));
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"30\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"a\"/>", plot + 10,
                WIDTH - 10, plot + 10));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"t\">%s</text>",
                WIDTH / 2, height - 6, Html.escape(axis)));
        svg.append(String.format(Locale.ROOT, "<text x=\"28\" y=\"18\" text-anchor=\"end\" class=\"t\">%d</text>", top));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\""
                + " aria-label=\"%s\" preserveAspectRatio=\"xMinYMin meet\"><title>%s</title>\n",
                WIDTH, height, Html.escape(title), Html.escape(title)));
    }

    private static String shorten(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }

    /** HTML text escaping. */
    public static final class Html {
        private Html() {
        }

        /** {@code text} safe inside an element or a quoted attribute. */
        public static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
