package se.samverka.core.justering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.group.Roster;
import se.samverka.core.minutes.MinutesDocument;
import se.samverka.core.port.ArchiveRenderer;
import se.samverka.core.port.Justering;
import se.samverka.core.text.Sha256;
import se.samverka.core.text.Texts;

/**
 * The archive copy of justerade minutes: when a version is justerad, the minutes as sent for that justering (the
 * version's Markdown, with the state "justerat av … " under the title, in the group's language) are rendered once as
 * PDF/A and stored with their SHA-256 in the approval's own transaction. A version that has a copy is never rendered
 * again: the stored bytes are what the web serves and {@code samverka archive} exports.
 */
public final class ArchiveCopies {
    private ArchiveCopies() {}

    /** Renders and stores the copy of the version just justerad; nothing when there is no renderer or one is stored. */
    static Optional<Justering.ArchiveEntry> keep(Ctx ctx, Meeting meeting, Justering.Version version, List<Member> adjusters,
                                                 Optional<ArchiveRenderer> renderer) {
        if (renderer.isEmpty() || version.markdown().isEmpty()) return Optional.empty();
        if (ctx.store.justering().archived(ctx.scope, meeting.id()).stream().anyMatch(e -> e.versionId() == version.id())) {
            return Optional.empty();
        }
        Texts group = Texts.of(ctx.group.lang());
        LocalDate day = ctx.meetings().localDate(meeting);
        LocalDate today = ctx.today();
        List<String> names = adjusters.stream().map(Member::name).toList();
        MinutesDocument sent = MinutesDocument.parse(version.markdown().get(),
                new MinutesDocument.Footer(ctx.group.name(), group.get("minutes.page")));
        List<MinutesDocument.Part> parts = new ArrayList<>(sent.parts());
        parts.add(Math.min(1, parts.size()), new MinutesDocument.Part.Paragraph(List.of("", group.get("justering.state.approved",
                version.number(), Roster.listNames(adjusters), group.shortDate(today) + " " + today.getYear()))));
        MinutesDocument minutes = new MinutesDocument(sent.title(), sent.footer(), parts);
        byte[] pdf = renderer.get().render(minutes, new ArchiveRenderer.Facts(ctx.group.name(), day, version.number(), names, today));
        List<Decision> decisions = ctx.store.decisions().forMeeting(ctx.scope, meeting.id());
        Justering.ArchiveEntry entry = new Justering.ArchiveEntry(version.id(), meeting.id(), version.number(), day,
                minutes.title(), paragraphs(ctx, decisions), numbers(decisions), names, today, Sha256.hex(pdf), pdf.length, ctx.now);
        ctx.store.justering().storeArchive(ctx.scope, entry, pdf);
        return Optional.of(entry);
    }

    /** "§ 1–3/2026", "§ 4/2026, § 6–7/2026": the decisions' §s in runs, per year. */
    static String paragraphs(Ctx ctx, List<Decision> decisions) {
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        for (Decision d : decisions) {
            ctx.store.justering().paragraph(ctx.scope, d.id())
                    .ifPresent(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p.number()));
        }
        List<String> runs = new ArrayList<>();
        byYear.forEach((year, numbers) -> {
            List<Integer> sorted = numbers.stream().sorted().distinct().toList();
            int start = 0;
            for (int i = 1; i <= sorted.size(); i++) {
                if (i == sorted.size() || sorted.get(i) != sorted.get(i - 1) + 1) {
                    int from = sorted.get(start);
                    int to = sorted.get(i - 1);
                    runs.add("§ " + (from == to ? String.valueOf(from) : from + "–" + to) + "/" + year);
                    start = i;
                }
            }
        });
        return String.join(", ", runs);
    }

    /** "D1, D2, D4". */
    private static String numbers(List<Decision> decisions) {
        return decisions.stream().map(Decision::number).sorted().map(n -> "D" + n).collect(Collectors.joining(", "));
    }
}
