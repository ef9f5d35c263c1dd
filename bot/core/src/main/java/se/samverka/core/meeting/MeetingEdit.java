package se.samverka.core.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.calendar.CalendarFiles;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;

/**
 * ändra möte [<möte>] plats: … tid: … värd: … — changes a meeting's details in place, so its agenda, notes,
 * apologies and decisions stay with it; a new time or place raises the invitation's SEQUENCE as {@code flytta} does.
 */
public final class MeetingEdit {
    private static final Pattern KEY = Pattern.compile("(?:^|(?<=[\\s,;]))(plats|place|tid|time|värd|host)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private enum Field { PLACE, TIME, HOST }

    private MeetingEdit() {}

    public static Reply edit(Ctx ctx) {
        ctx.requireManager();
        String args = ctx.args.strip();
        Matcher m = KEY.matcher(args);
        List<int[]> keys = new ArrayList<>();
        while (m.find()) keys.add(new int[] {m.start(), m.end()});
        if (keys.isEmpty()) throw ctx.reject("editMeeting.nothing", args);
        Map<Field, String> values = values(ctx, args, keys);
        String named = args.substring(0, keys.get(0)[0]).strip();
        Meeting meeting = named.isEmpty() ? ctx.meetings().next().orElseThrow(() -> ctx.refuse("meeting.noneUpcoming"))
                : ctx.meetings().require(named, Optional.empty(), "meeting.noneUpcoming");
        if (meeting.cancelled()) throw ctx.refuse("editMeeting.cancelled", ctx.meetings().describe(meeting));
        Lock.requireOpen(ctx, meeting);
        return apply(ctx, meeting, values);
    }

    private static Map<Field, String> values(Ctx ctx, String args, List<int[]> keys) {
        Map<Field, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String word = args.substring(keys.get(i)[0], keys.get(i)[1]).replace(":", "").strip().toLowerCase(Locale.ROOT);
            Field field = switch (word) {
                case "plats", "place" -> Field.PLACE;
                case "tid", "time" -> Field.TIME;
                default -> Field.HOST;
            };
            int end = i + 1 < keys.size() ? keys.get(i + 1)[0] : args.length();
            String value = args.substring(keys.get(i)[1], end).strip().replaceAll("[,;]+$", "").strip();
            if (value.isEmpty()) throw ctx.reject("editMeeting.empty", word);
            if (values.put(field, value) != null) throw ctx.reject("editMeeting.twice", word);
            if (value.length() > 200) throw ctx.reject("meeting.placeTooLong", value.substring(0, 40) + "…");
        }
        return values;
    }

    private static Reply apply(Ctx ctx, Meeting meeting, Map<Field, String> values) {
        Optional<String> place = values.containsKey(Field.PLACE) ? Optional.of(values.get(Field.PLACE)) : meeting.place();
        Optional<String> host = values.containsKey(Field.HOST) ? Optional.of(values.get(Field.HOST)) : meeting.host();
        Optional<MeetingCommands.Slot> slot = Optional.ofNullable(values.get(Field.TIME))
                .map(v -> MeetingCommands.newSlot(ctx, meeting, v, "editMeeting.badTime"));
        boolean placeChanged = !place.equals(meeting.place()) || !host.equals(meeting.host());
        boolean timeChanged = slot.isPresent() && !(slot.get().start().toInstant().equals(meeting.start())
                && slot.get().end().toInstant().equals(meeting.end()));
        if (!placeChanged && !timeChanged) throw ctx.refuse("editMeeting.same", ctx.meetings().describe(meeting));
        String before = ctx.meetings().describe(meeting);
        if (placeChanged) ctx.store.meetings().changePlace(ctx.scope, meeting.id(), place, host);
        if (timeChanged) {
            ctx.store.meetings().reschedule(ctx.scope, meeting.id(), slot.get().start().toInstant(),
                    slot.get().end().toInstant());
        }
        ctx.audit("meeting.edit", meeting.icsUid());
        Meeting changed = ctx.store.meetings().byId(ctx.scope, meeting.id()).orElseThrow();
        Reply.Builder reply = Reply.builder().text(ctx.t.get("editMeeting.done", before, ctx.meetings().describe(changed)));
        if (timeChanged) {
            GoodDays.warning(ctx, changed).ifPresent(reply::add);
            slot.get().notes().forEach(reply::context);
        }
        reply.context(ctx.t.get("editMeeting.kept"));
        CalendarFiles.attachment(ctx, changed).ifPresent(reply::add);
        return reply.ok();
    }
}
