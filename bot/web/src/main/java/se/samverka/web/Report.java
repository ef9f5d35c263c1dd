package se.samverka.web;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.port.Archive;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;

/**
 * A year of the group, as it reports to its council: the meetings held (those that have started; the ones still
 * planned for the year apart), attendance per organisation, the decisions and the action items of the year with
 * their status.
 */
record Report(int year, List<Meeting> meetings, List<Meeting> planned, List<Map<String, Object>> attendance,
              List<Archive.DecisionRow> decisions, List<ActionItem> actions) {

    static Report of(WebPages.Visit v, int year, Store store, Archive archive, Clock clock) {
        ZoneId zone = v.group().zone();
        Instant from = Year.of(year).atDay(1).atStartOfDay(zone).toInstant();
        Instant until = Year.of(year + 1).atDay(1).atStartOfDay(zone).toInstant();
        List<Meeting> ofYear = store.meetings().all(v.scope()).stream()
                .filter(m -> !m.cancelled() && !m.start().isBefore(from) && m.start().isBefore(until)).toList();
        Instant now = clock.instant();
        List<Meeting> meetings = ofYear.stream().filter(m -> !m.start().isAfter(now)).toList();
        List<Meeting> planned = ofYear.stream().filter(m -> m.start().isAfter(now)).toList();
        Map<Long, Member> people = Views.members(store, v);
        Map<Long, List<Attendance>> byMeeting = new LinkedHashMap<>();
        archive.attendance(v.scope(), from, until).forEach(a -> byMeeting.computeIfAbsent(a.meetingId(), k -> new ArrayList<>()).add(a));
        Map<String, int[]> byOrg = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Meeting m : meetings) {
            Map<String, Boolean> orgPresent = new LinkedHashMap<>();
            for (Attendance a : byMeeting.getOrDefault(m.id(), List.of())) {
                Member who = people.get(a.memberId());
                if (who == null) continue;
                String org = who.organisation().orElse(v.t().get("page.noOrganisation"));
                orgPresent.merge(org, a.status() == Attendance.Status.PRESENT, Boolean::logicalOr);
                if (a.status() == Attendance.Status.ABSENT) byOrg.computeIfAbsent(org, k -> new int[2])[1]++;
            }
            orgPresent.forEach((org, present) -> {
                if (present) byOrg.computeIfAbsent(org, k -> new int[2])[0]++;
            });
        }
        List<Map<String, Object>> attendance = new ArrayList<>();
        byOrg.forEach((org, c) -> attendance.add(Map.of("organisation", org, "meetings", c[0], "apologies", c[1])));
        List<Archive.DecisionRow> decisions = new ArrayList<>(archive.decisions(v.scope(),
                new Archive.DecisionFilter(Optional.of(from), Optional.of(until), Optional.empty(), List.of()), Views.REGISTER_LIMIT));
        java.util.Collections.reverse(decisions); // the report reads in date order
        List<ActionItem> actions = store.actions().all(v.scope()).stream()
                .filter(a -> !a.createdAt().isBefore(from) && a.createdAt().isBefore(until)).toList();
        return new Report(year, meetings, planned, attendance, decisions, actions);
    }

    /** The report as Markdown, for the Word file. */
    String markdown(WebPages.Visit v, BiFunction<WebPages.Visit, Meeting, Map<String, Object>> line) {
        Texts t = v.t();
        StringBuilder md = new StringBuilder("# ").append(t.get("page.reportTitle", v.group().name(), year)).append("\n\n");
        md.append("## ").append(t.get("page.reportMeetings", meetings.size())).append("\n\n");
        meetingList(md, meetings, m -> line.apply(v, m));
        if (!planned.isEmpty()) {
            md.append("\n## ").append(t.get("page.reportPlanned", planned.size())).append("\n\n");
            meetingList(md, planned, m -> line.apply(v, m));
        }
        md.append("\n## ").append(t.get("page.reportAttendance")).append("\n\n");
        for (Map<String, Object> a : attendance) {
            md.append("- ").append(t.get("page.reportAttendanceLine", a.get("organisation"), a.get("meetings"), meetings.size(),
                    a.get("apologies"))).append('\n');
        }
        md.append("\n## ").append(t.get("page.reportDecisions", decisions.size())).append("\n\n");
        for (Archive.DecisionRow d : decisions) {
            md.append("- **").append(t.longDate(d.decidedAt().atZone(v.group().zone()).toLocalDate())).append("** ")
                    .append(d.point().map(p -> p + ": ").orElse("")).append(d.text()).append('\n');
        }
        md.append("\n## ").append(t.get("page.reportActions", actions.size())).append("\n\n");
        for (ActionItem a : actions) {
            md.append("- #").append(a.number()).append(' ').append(a.task()).append(" — ")
                    .append(se.samverka.core.actions.OwnerNames.list(a, t))
                    .append(" — ").append(t.get(a.open() ? "page.statusOpen" : "page.statusDone")).append('\n');
        }
        return md.toString();
    }

    private static void meetingList(StringBuilder md, List<Meeting> list, Function<Meeting, Map<String, Object>> line) {
        for (Meeting m : list) {
            Map<String, Object> l = line.apply(m);
            md.append("- ").append(l.get("date")).append(", ").append(l.get("time"));
            if (!String.valueOf(l.get("place")).isEmpty()) md.append(", ").append(l.get("place"));
            if (!String.valueOf(l.get("host")).isEmpty()) md.append(" (").append(l.get("host")).append(")");
            md.append('\n');
        }
    }
}
