package se.samverka.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.text.Texts;

/**
 * Open and done action items at the end of each of the last twelve months, drawn as an SVG line chart on the
 * server (no script, no outside resources), with a title and description for screen readers and the same figures
 * as a table beside it.
 */
final class ActionChart {
    static final int MONTHS = 12;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 40;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private ActionChart() {}

    record Point(YearMonth month, int open, int done) {}

    static List<Point> points(List<ActionItem> items, ZoneId zone, LocalDate today) {
        List<Point> points = new ArrayList<>();
        YearMonth last = YearMonth.from(today);
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            Instant end = (i == 0 ? today.plusDays(1) : month.plusMonths(1).atDay(1)).atStartOfDay(zone).toInstant();
            int open = 0;
            int done = 0;
            for (ActionItem a : items) {
                if (!a.createdAt().isBefore(end)) continue;
                boolean doneBy = a.doneAt().map(d -> d.isBefore(end)).orElse(false);
                if (doneBy) done++;
                else open++;
            }
            points.add(new Point(month, open, done));
        }
        return points;
    }

    static String svg(List<ActionItem> items, ZoneId zone, LocalDate today, Texts t) {
        List<Point> points = points(items, zone, today);
        int max = Math.max(1, points.stream().mapToInt(p -> Math.max(p.open(), p.done())).max().orElse(1));
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" class=\"chart\">");
        svg.append("<title id=\"chart-title\">").append(esc(t.get("page.chartTitle"))).append("</title>");
        Point now = points.get(points.size() - 1);
        svg.append("<desc id=\"chart-desc\">").append(esc(t.get("page.chartDesc", now.open(), now.done()))).append("</desc>");
        for (int v = 0; v <= top; v += step) {
            double y = TOP + plotH - plotH * v / top;
            svg.append(String.format(java.util.Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d7de\"/>",
                    LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">%d</text>",
                    LEFT - 6, y + 4, v));
        }
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + plotW * i / (points.size() - 1);
            if (i % 2 == 0 || i == points.size() - 1) {
                svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">%s</text>",
                        x, HEIGHT - BOTTOM + 18, esc(label(points.get(i).month(), t))));
            }
        }
        line(svg, points, true, top, plotW, plotH, "#b3261e", "6 4");
        line(svg, points, false, top, plotW, plotH, "#1d4f6e", "");
        svg.append("<g font-size=\"12\" fill=\"#1a1a1a\">");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 24).append("\" y1=\"").append(HEIGHT - 8)
                .append("\" y2=\"").append(HEIGHT - 8).append("\" stroke=\"#b3261e\" stroke-width=\"3\" stroke-dasharray=\"6 4\"/>");
        svg.append("<text x=\"").append(LEFT + 30).append("\" y=\"").append(HEIGHT - 4).append("\">").append(esc(t.get("page.chartOpen"))).append("</text>");
        svg.append("<line x1=\"").append(LEFT + 160).append("\" x2=\"").append(LEFT + 184).append("\" y1=\"").append(HEIGHT - 8)
                .append("\" y2=\"").append(HEIGHT - 8).append("\" stroke=\"#1d4f6e\" stroke-width=\"3\"/>");
        svg.append("<text x=\"").append(LEFT + 190).append("\" y=\"").append(HEIGHT - 4).append("\">").append(esc(t.get("page.chartDone"))).append("</text>");
        svg.append("</g></svg>");
        return svg.toString();
    }

    static List<Map<String, Object>> table(List<ActionItem> items, ZoneId zone, LocalDate today, Texts t) {
        return points(items, zone, today).stream()
                .map(p -> Map.<String, Object>of("month", label(p.month(), t), "open", p.open(), "done", p.done())).toList();
    }

    private static void line(StringBuilder svg, List<Point> points, boolean open, int top, double plotW, double plotH,
                             String colour, String dash) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            int value = open ? points.get(i).open() : points.get(i).done();
            double x = LEFT + plotW * i / (points.size() - 1);
            double y = TOP + plotH - plotH * value / top;
            path.append(i == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y));
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"3\"")
                .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"").append(path).append("\"/>");
    }

    private static String label(YearMonth month, Texts t) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, t.lang().locale()) + " " + (month.getYear() % 100);
    }

    private static int niceStep(int max) {
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            if (max / step <= 6) return step;
        }
        return 2000;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
