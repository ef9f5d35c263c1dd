package se.samverka.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.samverka.core.actions.OwnerNames;
import se.samverka.core.agenda.Agendas;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;
import se.samverka.core.domain.Note;
import se.samverka.core.domain.Role;
import se.samverka.core.domain.RoundTableEntry;
import se.samverka.core.minutes.MinutesDocument;
import se.samverka.core.minutes.MinutesHtml;
import se.samverka.core.port.Archive;
import se.samverka.core.port.Justering;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;
import se.samverka.core.calendar.CalendarFeed;
import se.samverka.minutes.MinutesDocx;
import se.samverka.minutes.MinutesPdf;

/** The models of the pages, read from the store with a fixed number of queries per page (no query per row). */
public final class Views {
    /** A decision's § typed in the register's search box: "§ 3/2026", "3/2026", "§3" (any year). */
    private static final java.util.regex.Pattern PARAGRAPH = java.util.regex.Pattern.compile("\\s*(§)?\\s*(\\d{1,5})(?:\\s*/\\s*(\\d{4}))?\\s*");
    /** The most decisions one register page lists. */
    static final int REGISTER_LIMIT = 10_000;

    /** The minutes of a meeting as Markdown (the engine's protokoll), by the meeting's date. */
    @FunctionalInterface
    public interface Minutes {
        Optional<String> markdown(Group group, LocalDate meetingDay);
    }

    record MinutesFile(String name, String contentType, byte[] content) {}

    private final Store store;
    private final Archive archive;
    private final Clock clock;
    private final Minutes minutes;
    private final String publicUrl;

    Views(Store store, Archive archive, Clock clock, Minutes minutes, String publicUrl) {
        this.store = store;
        this.archive = archive;
        this.clock = clock;
        this.minutes = minutes;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    // ---- the group ----

    Map<String, Object> group(WebPages.Visit v) {
        Texts t = v.t();
        Map<String, List<Map<String, Object>>> byOrg = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Member m : store.members().roster(v.scope())) {
            byOrg.computeIfAbsent(m.organisation().orElse(t.get("page.noOrganisation")), k -> new ArrayList<>())
                    .add(Map.of("name", m.name(), "role", t.get(roleKey(m.role()))));
        }
        List<Map<String, Object>> organisations = byOrg.entrySet().stream()
                .map(e -> Map.<String, Object>of("name", e.getKey(), "members", e.getValue())).toList();
        Instant now = clock.instant();
        List<Meeting> all = store.meetings().all(v.scope());
        List<Map<String, Object>> upcoming = all.stream().filter(m -> !m.cancelled() && m.end().isAfter(now))
                .map(m -> meetingLine(v, m)).toList();
        List<Map<String, Object>> past = all.stream().filter(m -> !m.cancelled() && !m.end().isAfter(now))
                .sorted((a, b) -> b.start().compareTo(a.start())).map(m -> meetingLine(v, m)).toList();
        String feed = CalendarFeed.url(store, v.scope(), publicUrl);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisations", organisations);
        model.put("upcoming", upcoming);
        model.put("past", past);
        model.put("feed", feed);
        model.put("webcal", CalendarFeed.webcal(feed));
        model.put("year", ZonedDateTime.now(clock.withZone(v.group().zone())).getYear());
        return model;
    }

    /** The text key of a role, written out for each (a new role does not compile until it has one; PageKeysTest checks it exists). */
    static String roleKey(Role role) {
        return switch (role) {
            case CHAIR -> "page.role.chair";
            case SECRETARY -> "page.role.secretary";
            case MEMBER -> "page.role.member";
            case GUEST -> "page.role.guest";
        };
    }

    private Map<String, Object> meetingLine(WebPages.Visit v, Meeting m) {
        ZonedDateTime start = m.startIn(v.group().zone());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", m.id());
        line.put("date", v.t().longDate(start.toLocalDate()));
        line.put("iso", start.toLocalDate().toString());
        line.put("time", v.t().time(start.toLocalTime()) + "–" + v.t().time(m.end().atZone(v.group().zone()).toLocalTime()));
        line.put("place", m.place().orElse(""));
        line.put("host", m.host().orElse(""));
        return line;
    }

    // ---- a meeting ----

    Optional<Map<String, Object>> meeting(WebPages.Visit v, long meetingId) {
        Optional<Meeting> found = store.meetings().byId(v.scope(), meetingId);
        if (found.isEmpty()) return Optional.empty();
        Meeting m = found.get();
        Texts t = v.t();
        Map<Long, Member> people = members(store, v);
        store.members().guests(v.scope(), m.id()).forEach(g -> people.put(g.id(), g)); // gäst: at this meeting only
        se.samverka.core.agenda.AgendaLayout layout = Agendas.read(store, v.scope(), m, clock.instant(), v.group().zone());
        List<AgendaItem> agenda = layout.items();
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Attendance a : store.attendance().forMeeting(v.scope(), m.id())) {
            Member who = people.get(a.memberId());
            if (who == null) continue;
            (a.status() == Attendance.Status.PRESENT ? present : absent).add(nameWithOrg(who)
                    + (who.role() == Role.GUEST ? " " + t.get("minutes.guestMark") : ""));
        }
        List<Map<String, Object>> decisions = store.decisions().forMeeting(v.scope(), m.id()).stream()
                .map(d -> Map.<String, Object>of("id", d.id(), "number", d.number(), "text", d.text())).toList();
        List<Map<String, Object>> actions = store.actions().all(v.scope()).stream()
                .filter(a -> a.meetingId().map(id -> id == m.id()).orElse(false)).map(a -> action(v, a)).toList();
        Map<Long, List<String>> reports = new LinkedHashMap<>();
        for (RoundTableEntry e : store.roundTable().forMeeting(v.scope(), m.id())) {
            reports.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e.report());
        }
        List<Map<String, Object>> round = reports.entrySet().stream().map(e -> Map.<String, Object>of(
                "name", Optional.ofNullable(people.get(e.getKey())).map(Member::name).orElse("?"),
                "report", String.join("; ", e.getValue()))).toList();
        Map<String, Object> model = new LinkedHashMap<>(meetingLine(v, m));
        model.put("title", t.get("page.meetingTitle", t.longDate(m.startIn(v.group().zone()).toLocalDate())));
        model.put("agenda", agendaWithNotes(layout, store.notes().forMeeting(v.scope(), m.id())));
        model.put("present", present);
        model.put("absent", absent);
        model.put("decisions", decisions);
        model.put("actions", actions);
        model.put("round", round);
        model.put("held", !m.start().isAfter(clock.instant()));
        model.put("archives", ArchiveFiles.list(store, v, m));
        return Optional.of(model);
    }

    /**
     * Each point with what was said under it: its notes in the order written, each with its number and paragraphs;
     * then its sub-items ("3.1"), each with its own notes.
     */
    private static List<Map<String, Object>> agendaWithNotes(se.samverka.core.agenda.AgendaLayout layout, List<Note> notes) {
        return layout.items().stream().map(item -> Map.<String, Object>of("text", item.text(), "notes", notesOf(item.id(), notes),
                "subs", layout.subItems(item.id()).stream().map(sub -> Map.<String, Object>of("label", sub.label(),
                        "text", sub.item().text(), "notes", notesOf(sub.item().id(), notes))).toList())).toList();
    }

    private static List<Map<String, Object>> notesOf(long itemId, List<Note> notes) {
        return notes.stream().filter(n -> n.agendaItemId() == itemId)
                .map(n -> Map.<String, Object>of("number", n.number(), "paragraphs", n.paragraphs())).toList();
    }

    Optional<MinutesFile> minutesFile(WebPages.Visit v, long meetingId, String format) {
        Optional<Meeting> m = store.meetings().byId(v.scope(), meetingId);
        if (m.isEmpty() || !Set.of("md", "html", "docx", "pdf").contains(format)) return Optional.empty();
        if (format.equals("pdf")) {
            Optional<MinutesFile> kept = ArchiveFiles.ofLocked(store, v, m.get()); // justerade: the stored copy
            if (kept.isPresent()) return kept;
        }
        LocalDate day = m.get().startIn(v.group().zone()).toLocalDate();
        Optional<String> markdown = minutes.markdown(v.group(), day);
        if (markdown.isEmpty()) return Optional.empty();
        MinutesDocument doc = MinutesDocument.parse(markdown.get(),
                new MinutesDocument.Footer(v.group().name(), Texts.of(v.group().lang()).get("minutes.page")));
        String base = "minnesanteckningar-" + day;
        return Optional.of(switch (format) {
            case "html" -> new MinutesFile(base + ".html", "text/html; charset=utf-8",
                    MinutesHtml.render(doc, v.group().lang().code()).getBytes(StandardCharsets.UTF_8));
            case "docx" -> new MinutesFile(base + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    MinutesDocx.write(doc));
            case "pdf" -> new MinutesFile(base + ".pdf", "application/pdf",
                    MinutesPdf.write(doc, MinutesPdf.Archive.draft(v.group().name(), Optional.of(day))));
            default -> new MinutesFile(base + ".md", "text/markdown; charset=utf-8", markdown.get().getBytes(StandardCharsets.UTF_8));
        });
    }

    // ---- the decision register ----

    Map<String, Object> register(WebPages.Visit v, Optional<String> q, Optional<String> yearText, Optional<String> org) {
        ZoneId zone = v.group().zone();
        Optional<Integer> year = yearText.filter(y -> y.matches("\\d{4}")).map(Integer::parseInt);
        Optional<String> organisation = org.map(String::strip).filter(s -> !s.isEmpty());
        Optional<Justering.Paragraph> paragraph = q.map(PARAGRAPH::matcher).filter(m -> m.matches() && (m.group(1) != null || m.group(3) != null))
                .map(m -> new Justering.Paragraph(Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        List<String> words = paragraph.isPresent() ? List.of() : q.map(s -> List.of(s.strip().split("[^\\p{L}\\p{N}]+")))
                .orElse(List.<String>of()).stream().filter(w -> !w.isBlank()).limit(10).toList();
        Archive.DecisionFilter filter = new Archive.DecisionFilter(
                year.map(y -> Year.of(y).atDay(1).atStartOfDay(zone).toInstant()),
                year.map(y -> Year.of(y + 1).atDay(1).atStartOfDay(zone).toInstant()), organisation, words, paragraph);
        List<Map<String, Object>> rows = archive.decisions(v.scope(), filter, REGISTER_LIMIT).stream().map(d -> decisionRow(v, d)).toList();
        Set<Integer> years = new LinkedHashSet<>();
        archive.decisionTimes(v.scope()).forEach(at -> years.add(at.atZone(zone).getYear()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", v.t().get("page.registerTitle", v.group().name()));
        model.put("rows", rows);
        model.put("count", rows.size());
        model.put("q", q.orElse(""));
        model.put("selectedYear", year.map(String::valueOf).orElse(""));
        model.put("selectedOrg", organisation.orElse(""));
        model.put("years", years.stream().map(String::valueOf).toList());
        model.put("organisations", organisations(v));
        model.put("filtered", year.isPresent() || organisation.isPresent() || !words.isEmpty() || paragraph.isPresent());
        return model;
    }

    private Map<String, Object> decisionRow(WebPages.Visit v, Archive.DecisionRow d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("number", d.number());
        row.put("text", d.text());
        LocalDate day = d.decidedAt().atZone(v.group().zone()).toLocalDate();
        row.put("date", v.t().longDate(day));
        row.put("iso", day.toString());
        row.put("meetingId", d.meetingId().orElse(0L));
        row.put("point", d.point().orElse(""));
        row.put("place", d.place().orElse(""));
        row.put("paragraph", d.paragraph().map(p -> "§ " + p.number() + "/" + p.year()).orElse(""));
        return row;
    }

    Optional<Map<String, Object>> decision(WebPages.Visit v, long decisionId) {
        Optional<Archive.DecisionRow> found = archive.decision(v.scope(), decisionId);
        if (found.isEmpty()) return Optional.empty();
        Map<String, Object> model = new LinkedHashMap<>(decisionRow(v, found.get()));
        model.put("title", v.t().get("page.decisionTitle", found.get().number()));
        model.put("actions", store.actions().all(v.scope()).stream()
                .filter(a -> a.decisionId().map(id -> id == decisionId).orElse(false)).map(a -> action(v, a)).toList());
        return Optional.of(model);
    }

    // ---- the action board ----

    Map<String, Object> board(WebPages.Visit v, Optional<String> done, Optional<String> error) {
        Texts t = v.t();
        LocalDate today = LocalDate.now(clock.withZone(v.group().zone()));
        List<ActionItem> all = store.actions().all(v.scope());
        Map<String, Map<String, Object>> owners = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, int[]> orgs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ActionItem a : all) {
            for (Member owner : a.owners()) {
                boardRow(owners, owner.name(), owner.organisation().orElse(""), v, a, today);
                countFor(orgs, owner.organisation().orElse(t.get("page.noOrganisation")), a, today);
            }
            for (OrganisationOwner org : a.organisations()) { // "Länsstyrelsen", "alla kommuner": a row of its own
                String name = OwnerNames.name(org, t);
                boardRow(owners, name, "", v, a, today);
                countFor(orgs, name, a, today);
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", t.get("page.boardTitle", v.group().name()));
        model.put("owners", new ArrayList<>(owners.values()));
        model.put("organisations", orgs.entrySet().stream().map(e -> Map.<String, Object>of("name", e.getKey(),
                "open", e.getValue()[0] + e.getValue()[1], "overdue", e.getValue()[1], "done", e.getValue()[2])).toList());
        model.put("openCount", all.stream().filter(ActionItem::open).count());
        model.put("overdueCount", all.stream().filter(a -> a.overdueOn(today)).count());
        model.put("doneCount", all.stream().filter(a -> !a.open()).count());
        model.put("chart", ActionChart.svg(all, v.group().zone(), today, t));
        model.put("chartTable", ActionChart.table(all, v.group().zone(), today, t));
        model.put("done", done.filter(s -> s.matches("\\d{1,9}")).orElse(""));
        model.put("error", error.map(s -> s.length() > 300 ? s.substring(0, 300) : s).orElse(""));
        return model;
    }

    private void boardRow(Map<String, Map<String, Object>> owners, String name, String organisation, WebPages.Visit v,
                          ActionItem a, LocalDate today) {
        Map<String, Object> row = owners.computeIfAbsent(name, n -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", n);
            r.put("organisation", organisation);
            r.put("open", new ArrayList<Map<String, Object>>());
            r.put("done", new ArrayList<Map<String, Object>>());
            r.put("overdue", 0);
            return r;
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) row.get(a.open() ? "open" : "done");
        list.add(action(v, a));
        if (a.overdueOn(today)) row.put("overdue", (int) row.get("overdue") + 1);
    }

    private static void countFor(Map<String, int[]> orgs, String organisation, ActionItem a, LocalDate today) {
        int[] counts = orgs.computeIfAbsent(organisation, k -> new int[3]);
        counts[a.open() ? (a.overdueOn(today) ? 1 : 0) : 2]++;
    }

    private Map<String, Object> action(WebPages.Visit v, ActionItem a) {
        Texts t = v.t();
        LocalDate today = LocalDate.now(clock.withZone(v.group().zone()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", a.number());
        row.put("task", a.task());
        row.put("owners", OwnerNames.list(a, t));
        row.put("due", a.due().map(t::longDate).orElse(""));
        row.put("open", a.open());
        row.put("overdue", a.overdueOn(today));
        row.put("status", t.get(!a.open() ? "page.statusDone" : a.overdueOn(today) ? "page.statusOverdue" : "page.statusOpen"));
        return row;
    }

    // ---- the annual report ----

    Map<String, Object> report(WebPages.Visit v, int year) {
        Report r = Report.of(v, year, store, archive, clock);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", v.t().get("page.reportTitle", v.group().name(), year));
        model.put("year", year);
        model.put("previous", year - 1);
        model.put("next", year + 1);
        model.put("meetings", r.meetings().stream().map(m -> meetingLine(v, m)).toList());
        model.put("planned", r.planned().stream().map(m -> meetingLine(v, m)).toList());
        model.put("attendance", r.attendance());
        model.put("decisions", r.decisions().stream().map(d -> decisionRow(v, d)).toList());
        model.put("actions", r.actions().stream().map(a -> action(v, a)).toList());
        model.put("openCount", r.actions().stream().filter(ActionItem::open).count());
        model.put("doneCount", r.actions().stream().filter(a -> !a.open()).count());
        return model;
    }

    String reportMarkdown(WebPages.Visit v, int year) {
        return Report.of(v, year, store, archive, clock).markdown(v, this::meetingLine);
    }

    // ---- shared ----

    /** The roster by member id. */
    static Map<Long, Member> members(Store store, WebPages.Visit v) {
        Map<Long, Member> byId = new LinkedHashMap<>();
        store.members().roster(v.scope()).forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    private List<String> organisations(WebPages.Visit v) {
        return store.members().roster(v.scope()).stream().map(Member::organisation).flatMap(Optional::stream)
                .map(String::strip).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    static String nameWithOrg(Member m) {
        return m.name() + m.organisation().map(o -> ", " + o).orElse("");
    }
}
