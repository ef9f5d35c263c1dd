package se.samverka.core.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.samverka.core.text.Texts;

/**
 * Lays the content of the minutes out as the groups write them (seed 004): title, date, Tid, Plats, Deltagare by
 * organisation (guests marked), Anmält förhinder, the agenda (headings, numbered points with their notes, then
 * "Beslut:" lines and action items), Punkter från föregående möte, Laget runt, Nästa möte and Planerade möten,
 * Vid tangenterna. No internal numbers (#7, D3) appear: minutes are read by people outside the chat.
 */
public final class MinutesLayout {
    private final Texts t;
    private final MinutesContent c;
    private final List<MinutesDocument.Part> parts = new ArrayList<>();

    private MinutesLayout(Texts t, MinutesContent c) {
        this.t = t;
        this.c = c;
    }

    public static MinutesDocument layout(MinutesContent c, Texts t) {
        MinutesLayout out = new MinutesLayout(t, c);
        out.heading(1, t.get("minutes.title", c.group()));
        out.paragraph(c.date() + (c.cancelled() ? " — " + t.get("meeting.cancelledMark") : ""));
        out.paragraph(c.time());
        out.paragraph(t.get("minutes.place", c.place()));
        out.participants(c.participants());
        c.entries().forEach(out::entry);
        int last = c.entries().stream() // the agenda's last number: sub-items (2.1) are no numbers of their own
                .filter(e -> e instanceof MinutesContent.Point p && p.number().matches("\\d+"))
                .mapToInt(e -> Integer.parseInt(((MinutesContent.Point) e).number())).max().orElse(0);
        if (!c.carried().isEmpty()) {
            out.heading(2, (++last) + ". " + t.get("agenda.fromPrevious"));
            out.bullets(c.carried().stream().map(out::actionLine).toList());
        }
        int otherNumber = last + 1; // the catch-all point is numbered after the agenda
        c.other().ifPresent(p -> out.point(new MinutesContent.Point(String.valueOf(otherNumber), p.title(), p.notes(),
                p.decisions(), p.actions())));
        if (!c.roundTable().isEmpty()) {
            out.heading(2, t.get("minutes.roundTable"));
            out.bullets(c.roundTable());
        }
        if (c.entries().stream().noneMatch(out::isNextMeetingPoint)) {
            out.heading(2, t.get("minutes.nextMeeting"));
            out.nextMeetings();
        }
        out.heading(2, t.get("minutes.noteTaker"));
        out.paragraph(c.noteTaker().orElse("—"));
        return new MinutesDocument(t.get("minutes.title", c.group()),
                new MinutesDocument.Footer(c.group(), t.get("minutes.page")), out.parts);
    }

    private void participants(MinutesContent.Participants p) {
        paragraph(t.get(p.recorded() ? "minutes.participants" : "minutes.participantsExpected"));
        Map<String, List<String>> byOrg = new TreeMap<>();
        List<String> withoutOrg = new ArrayList<>();
        for (MinutesContent.Person person : p.present()) {
            String name = person.name() + (person.guest() ? " " + t.get("minutes.guestMark") : "");
            person.organisation().ifPresentOrElse(o -> byOrg.computeIfAbsent(o, k -> new ArrayList<>()).add(name),
                    () -> withoutOrg.add(name));
        }
        List<String> lines = new ArrayList<>();
        byOrg.forEach((org, names) -> lines.add(org + ": " + String.join(", ", names)));
        lines.addAll(withoutOrg);
        if (!lines.isEmpty()) bullets(lines);
        if (!p.absent().isEmpty()) {
            paragraph(t.get("minutes.absent", p.absent().stream()
                    .map(m -> m.organisation().map(o -> o + ", " + m.name()).orElse(m.name()))
                    .collect(Collectors.joining("; "))));
        }
    }

    private void entry(MinutesContent.Entry entry) {
        // a section groups the points after it, as the seed's "Samverkan:" line does: bold, not a peer of the points
        if (entry instanceof MinutesContent.Section s) paragraph("**" + s.title() + "**");
        else if (entry instanceof MinutesContent.Point p) point(p);
    }

    /** "## 2. Kartläggning …", sub-items "### 2.1 …"; then the notes, the decisions and the action items. */
    private void point(MinutesContent.Point p) {
        boolean sub = p.number().contains(".");
        heading(sub ? 3 : 2, p.number() + (sub ? " " : ". ") + p.title());
        notes(p.notes());
        p.decisions().forEach(d -> paragraph("**" + t.get("minutes.decision") + "** " + d));
        if (!p.actions().isEmpty()) {
            bullets(p.actions().stream().map(a -> t.get("minutes.action") + " " + actionLine(a)).toList());
        }
        if (isNextMeetingPoint(p)) nextMeetings();
    }

    /** A point of the agenda called "Nästa möte" (a standing item closing many agendas) says when the next one is. */
    private boolean isNextMeetingPoint(MinutesContent.Entry entry) {
        return entry instanceof MinutesContent.Point p && !p.number().contains(".")
                && p.title().strip().replaceFirst(":$", "").equalsIgnoreCase(t.get("minutes.nextMeeting"));
    }

    private void nextMeetings() {
        paragraph(c.nextMeeting().orElse(t.get("minutes.noNextMeeting")));
        if (!c.plannedMeetings().isEmpty()) {
            paragraph(t.get("minutes.plannedMeetings"));
            bullets(c.plannedMeetings());
        }
    }

    /** What was said under the point, paragraph by paragraph; "- " paragraphs in a row are one list. */
    private void notes(List<String> notes) {
        List<String> list = new ArrayList<>();
        for (String note : notes) {
            if (note.startsWith("- ")) {
                list.add(note.substring(2));
                continue;
            }
            if (!list.isEmpty()) bullets(List.copyOf(list));
            list.clear();
            paragraph(note);
        }
        if (!list.isEmpty()) bullets(list);
    }

    /** "Boel Abelson-Crossley och Amina Boulaabi kollar upp … (senast 2017-10-20)": the owners as the sentence's subject. */
    private String actionLine(MinutesContent.Action a) {
        String task = a.task().length() > 1 && Character.isUpperCase(a.task().charAt(0))
                && Character.isLowerCase(a.task().charAt(1))
                ? Character.toLowerCase(a.task().charAt(0)) + a.task().substring(1) : a.task();
        return (a.owners().isEmpty() ? "" : a.owners() + " ") + task
                + a.due().map(d -> " (" + t.get("actions.dueShort", d) + ")").orElse("")
                + a.status().map(s -> " — " + s).orElse("");
    }

    private void heading(int level, String text) {
        parts.add(new MinutesDocument.Part.Heading(level, text));
    }

    private void paragraph(String text) {
        parts.add(new MinutesDocument.Part.Paragraph(MinutesDocument.spans(text)));
    }

    private void bullets(List<String> items) {
        parts.add(new MinutesDocument.Part.Bullets(items.stream().map(MinutesDocument::spans).toList()));
    }
}
