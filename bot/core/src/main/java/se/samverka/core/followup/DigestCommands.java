package se.samverka.core.followup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.actions.ActionCommands;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;

/**
 * veckosammanfattning: the week of the group on one page — open action items by owner (overdue first, marked), what
 * was done and decided in the last week, and the next meeting with its agenda so far and who has sent apologies.
 * With an argument it sets when the weekly digest is posted ("måndag 08:00", default Monday 08:00 in the group's
 * zone) or turns it off and on.
 */
public final class DigestCommands {
    static final String DAY = "digest.day";
    static final String TIME = "digest.time";
    static final String ON = "digest.on";
    static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("måndag", DayOfWeek.MONDAY),
            Map.entry("tisdag", DayOfWeek.TUESDAY), Map.entry("onsdag", DayOfWeek.WEDNESDAY), Map.entry("torsdag", DayOfWeek.THURSDAY),
            Map.entry("fredag", DayOfWeek.FRIDAY), Map.entry("lördag", DayOfWeek.SATURDAY), Map.entry("söndag", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Pattern SCHEDULE = Pattern.compile("(?iu)^(?:på\\s+|on\\s+)?(\\p{L}+?)(?:ar|s)?\\s+(?:kl\\.?\\s*|at\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?$");

    private DigestCommands() {}

    public static Reply digest(Ctx ctx) {
        String arg = ctx.args.strip().toLowerCase(Locale.ROOT);
        if (arg.isEmpty()) return build(ctx, ctx.now.minus(Duration.ofDays(7)));
        ctx.requireManager();
        if (arg.matches("av|stäng av|off|stop")) {
            ctx.store.settings().set(ctx.scope, ON, "false");
            ctx.audit("digest.off", "");
            return Reply.builder().text(ctx.t.get("digest.turnedOff")).ok();
        }
        if (arg.matches("på|sätt på|on|start")) {
            ctx.store.settings().set(ctx.scope, ON, "true");
            ctx.audit("digest.on", "");
            return Reply.builder().text(ctx.t.get("digest.turnedOn", when(ctx))).ok();
        }
        Matcher m = SCHEDULE.matcher(arg);
        DayOfWeek day = m.find() ? DAYS.get(m.group(1)) : null;
        if (day == null) throw ctx.reject("digest.badSchedule", ctx.args);
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour > 23 || minute > 59) throw ctx.reject("digest.badSchedule", ctx.args);
        ctx.store.settings().set(ctx.scope, DAY, day.name());
        ctx.store.settings().set(ctx.scope, TIME, LocalTime.of(hour, minute).toString());
        ctx.store.settings().set(ctx.scope, ON, "true");
        ctx.audit("digest.schedule", day + " " + LocalTime.of(hour, minute));
        return Reply.builder().text(ctx.t.get("digest.scheduled", when(ctx))).ok();
    }

    /** "måndagar kl. 08.00 (Europe/Stockholm)", or that it is off. */
    static String when(Ctx ctx) {
        boolean on = ctx.store.settings().get(ctx.scope, ON).map(Boolean::parseBoolean).orElse(true);
        if (!on) return ctx.t.get("digest.off");
        DayOfWeek day = ctx.store.settings().get(ctx.scope, DAY).map(DayOfWeek::valueOf).orElse(DEFAULT_DAY);
        LocalTime time = ctx.store.settings().get(ctx.scope, TIME).map(LocalTime::parse).orElse(DEFAULT_TIME);
        return ctx.t.get("digest.when", ctx.t.get("day." + day.name().toLowerCase(Locale.ROOT)), ctx.t.time(time),
                ctx.group.zone().getId());
    }

    /** The digest of the week since {@code since}. */
    static Reply build(Ctx ctx, Instant since) {
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("digest.heading", ctx.group.name(),
                ctx.today().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        List<ActionItem> all = ctx.store.actions().all(ctx.scope);
        List<ActionItem> open = all.stream().filter(ActionItem::open).toList();
        reply.text(ctx.t.get("digest.open", open.size()));
        Map<String, List<ActionItem>> byOwner = new LinkedHashMap<>();
        for (ActionItem a : open) {
            for (String owner : se.samverka.core.actions.OwnerNames.of(a, ctx.t)) {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(a);
            }
        }
        byOwner.keySet().stream().sorted().forEach(owner -> {
            reply.text(owner + ":");
            byOwner.get(owner).stream()
                    .sorted(Comparator.comparing((ActionItem a) -> !a.overdueOn(ctx.today()))
                            .thenComparing(a -> a.due().orElse(java.time.LocalDate.MAX)))
                    .forEach(a -> reply.entry((a.overdueOn(ctx.today()) ? "⚠ " : "") + ActionCommands.line(ctx, a),
                            new Button(ctx.t.get("button.done"), Verb.DONE.word(ctx.lang) + " " + a.number(), Button.Kind.RUN)));
        });
        List<String> done = all.stream().filter(a -> a.doneAt().map(d -> !d.isBefore(since)).orElse(false))
                .map(a -> "#" + a.number() + " " + a.task() + " — " + se.samverka.core.actions.OwnerNames.list(a, ctx.t)).toList();
        reply.text(ctx.t.get("digest.done", done.size()));
        reply.items(done, false);
        List<Decision> decisions = ctx.store.decisions().since(ctx.scope, since);
        reply.text(ctx.t.get("digest.decisions", decisions.size()));
        reply.items(decisions.stream().map(d -> "D" + d.number() + " " + d.text()).toList(), false);
        Optional<Meeting> next = ctx.meetings().next();
        if (next.isEmpty()) {
            reply.text(ctx.t.get("digest.noNextMeeting"));
        } else {
            Meeting m = next.get();
            reply.text(ctx.t.get("digest.nextMeeting", ctx.meetings().describe(m)));
            List<AgendaItem> agenda = AgendaView.items(ctx.store, ctx.scope, m, ctx.now);
            if (agenda.isEmpty()) reply.context(ctx.t.get("digest.noAgenda"));
            reply.items(agenda.stream().map(AgendaItem::text).toList(), true);
            List<String> away = ctx.store.attendance().forMeeting(ctx.scope, m.id()).stream()
                    .filter(a -> a.status() == Attendance.Status.ABSENT)
                    .map(a -> ctx.store.members().byId(ctx.scope, a.memberId()).map(Member::name).orElse("?")).toList();
            reply.context(away.isEmpty() ? ctx.t.get("digest.noApologies") : ctx.t.get("digest.apologies", String.join(", ", away)));
        }
        return reply.context(ctx.t.get("digest.hint", when(ctx))).ok();
    }
}
