package se.samverka.core.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.Section;
import se.samverka.core.agenda.Timing;
import se.samverka.core.engine.Ctx;

/**
 * An agenda as the chat shows it: "2. 13.20 Migrationsprocessen (Boel, 20 min)", sub-items indented ("2.1 …"),
 * section titles on their own line, standing and tabled items marked.
 */
public final class AgendaText {
    private final Ctx ctx;

    public AgendaText(Ctx ctx) {
        this.ctx = ctx;
    }

    /** Numbered 1, 2, 3 without sections, sub-items or times: shown as a numbered list, as before. */
    boolean plain(AgendaLayout layout) {
        if (!layout.sections().isEmpty() || !layout.emptySections().isEmpty()) return false;
        List<AgendaLayout.Line> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            AgendaLayout.Line line = lines.get(i);
            if (line.depth() > 0 || line.startsAt().isPresent() || !line.label().equals(String.valueOf(i + 1))) return false;
        }
        return true;
    }

    /** Every line: section titles before their first item, sections without items yet after the meeting's items. */
    List<String> lines(AgendaLayout layout) {
        List<String> out = new ArrayList<>();
        Optional<Section> current = Optional.empty();
        boolean pendingShown = false;
        for (AgendaLayout.Line line : layout.lines()) {
            if (line.depth() > 0) {
                out.add("    " + line.label() + " " + item(line));
                continue;
            }
            if (isClosing(line) && !pendingShown) {
                layout.emptySections().forEach(s -> out.add(s.title()));
                pendingShown = true;
            }
            if (line.section().isPresent() && !line.section().equals(current)) out.add(line.section().get().title());
            current = line.section();
            out.add(line.label() + ". " + line.startsAt().map(t -> ctx.t.time(t) + " ").orElse("") + item(line));
        }
        if (!pendingShown) layout.emptySections().forEach(s -> out.add(s.title()));
        return out;
    }

    private static boolean isClosing(AgendaLayout.Line line) {
        return line.details().closing();
    }

    /** "Migrationsprocessen (Boel, 20 min)", with "(stående punkt)" or "— bordlagd …". */
    String item(AgendaLayout.Line line) {
        StringBuilder out = new StringBuilder(line.item().text())
                .append(Timing.suffix(line.details().presenter(), line.details().minutes(), ctx.t.get("agenda.minutes")));
        if (line.item().standing()) out.append(' ').append(ctx.t.get("agenda.standingMark"));
        return out.append(tabled(line)).toString();
    }

    /** " — bordlagd 2 november" (tabled from that meeting), " — bordlagd till 7 december", or "". */
    public String tabled(AgendaLayout.Line line) {
        StringBuilder out = new StringBuilder();
        line.details().tabledFrom().flatMap(id -> ctx.store.agenda().byId(ctx.scope, id)).flatMap(i -> i.meetingId())
                .flatMap(id -> ctx.store.meetings().byId(ctx.scope, id))
                .ifPresent(m -> out.append(" — ").append(ctx.t.get("agenda.tabledFrom", day(m))));
        line.details().tabledTo().flatMap(id -> ctx.store.meetings().byId(ctx.scope, id))
                .ifPresent(m -> out.append(" — ").append(ctx.t.get("agenda.tabledTo", day(m))));
        return out.toString();
    }

    private String day(se.samverka.core.domain.Meeting m) {
        return ctx.t.shortDate(ctx.meetings().localDate(m));
    }
}
