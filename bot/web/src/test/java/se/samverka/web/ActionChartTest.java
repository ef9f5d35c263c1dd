package se.samverka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

class ActionChartTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static ActionItem item(int number, String created, String done) {
        return new ActionItem(number, number, "uppgift " + number, List.of(), Optional.empty(),
                done == null ? ActionItem.Status.OPEN : ActionItem.Status.DONE, Optional.empty(), Optional.empty(), Optional.empty(),
                LocalDateTime.parse(created).atZone(STOCKHOLM).toInstant(),
                Optional.ofNullable(done).map(d -> LocalDateTime.parse(d).atZone(STOCKHOLM).toInstant()), Optional.empty());
    }

    final List<ActionItem> items = List.of(
            item(1, "2025-10-15T10:00", null),               // before the window: open all year
            item(2, "2026-03-10T10:00", "2026-05-31T23:30"), // done on the last evening of May (Stockholm time)
            item(3, "2026-06-01T00:10", "2026-06-01T09:00"), // created and done the first morning of June
            item(4, "2026-11-20T08:00", null),               // today
            item(5, "2026-11-21T08:00", null));              // tomorrow: not yet

    @Test
    void eachMonthCountsWhatWasOpenAndDoneAtItsEnd() {
        List<ActionChart.Point> points = ActionChart.points(items, STOCKHOLM, TODAY);
        assertEquals(12, points.size());
        assertEquals(YearMonth.of(2025, 12), points.get(0).month());
        assertEquals(new ActionChart.Point(YearMonth.of(2025, 12), 1, 0), points.get(0));
        assertEquals(new ActionChart.Point(YearMonth.of(2026, 3), 2, 0), points.get(3));
        assertEquals(new ActionChart.Point(YearMonth.of(2026, 5), 1, 1), points.get(5), "done at 23.30 local time counts in May");
        assertEquals(new ActionChart.Point(YearMonth.of(2026, 6), 1, 2), points.get(6));
        assertEquals(new ActionChart.Point(YearMonth.of(2026, 11), 2, 2), points.get(11), "up to today, not tomorrow");
    }

    @Test
    void theLinesGoThroughTheFiguresAndTheChartDescribesItself() {
        String svg = ActionChart.svg(items, STOCKHOLM, TODAY, Texts.of(Lang.SV));
        Matcher lines = Pattern.compile("<polyline [^>]*points=\"([^\"]+)\"").matcher(svg);
        List<double[]> open = new ArrayList<>();
        List<double[]> done = new ArrayList<>();
        for (List<double[]> line : List.of(open, done)) {
            assertTrue(lines.find(), svg);
            for (String xy : lines.group(1).split(" ")) {
                String[] p = xy.split(",");
                line.add(new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])});
            }
        }
        assertEquals(12, open.size());
        // the scale runs 0..2 from y 220 (the base line) up to y 16
        assertEquals(118.0, open.get(0)[1], 0.05, "one open in December");
        assertEquals(16.0, open.get(3)[1], 0.05, "two open in March: the top");
        assertEquals(220.0, done.get(0)[1], 0.05, "none done in December");
        assertEquals(16.0, done.get(11)[1], 0.05, "two done now");
        assertTrue(open.get(0)[0] < open.get(11)[0], "time runs to the right");
        assertTrue(svg.contains("role=\"img\"") && svg.contains("<title id=\"chart-title\">"), svg);
        assertTrue(svg.contains("<desc id=\"chart-desc\">Linjediagram över de senaste tolv månaderna. Nu: 2 öppna och 2 klara.</desc>"), svg);
        assertTrue(svg.contains(">dec. 25<") || svg.contains(">dec 25<"), "month labels in the group's language: " + svg);
    }

    @Test
    void anEmptyBoardStillDrawsAScale() {
        String svg = ActionChart.svg(List.of(), STOCKHOLM, TODAY, Texts.of(Lang.EN));
        assertTrue(svg.contains(">0</text>") && svg.contains(">1</text>"), svg);
        assertTrue(svg.contains("Nov 26"), svg);
    }
}
