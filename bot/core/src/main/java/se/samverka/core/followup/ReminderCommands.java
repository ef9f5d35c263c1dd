package se.samverka.core.followup;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.Reply;
import se.samverka.core.engine.Ctx;

/** påminnelser: which reminders the group gets, and turning each on or off. */
public final class ReminderCommands {
    private static final Map<String, FollowUp.Reminder> NAMES = Map.ofEntries(
            Map.entry("punkter", FollowUp.Reminder.AGENDA_CALL), Map.entry("items", FollowUp.Reminder.AGENDA_CALL),
            Map.entry("dagordning", FollowUp.Reminder.AGENDA), Map.entry("agenda", FollowUp.Reminder.AGENDA),
            Map.entry("åtgärder", FollowUp.Reminder.DUE), Map.entry("actions", FollowUp.Reminder.DUE),
            Map.entry("ordförande", FollowUp.Reminder.CHAIR), Map.entry("chair", FollowUp.Reminder.CHAIR),
            Map.entry("laget runt", FollowUp.Reminder.ROUND), Map.entry("round", FollowUp.Reminder.ROUND),
            Map.entry("round the table", FollowUp.Reminder.ROUND),
            Map.entry("uppföljning", FollowUp.Reminder.CARRY_OVER), Map.entry("follow-up", FollowUp.Reminder.CARRY_OVER),
            Map.entry("follow up", FollowUp.Reminder.CARRY_OVER));
    private static final Pattern SET = Pattern.compile("(?iu)^(\\p{L}+(?:[\\s-]+\\p{L}+){0,2}?)\\s+(av|på|off|on)$");

    private ReminderCommands() {}

    public static Reply reminders(Ctx ctx) {
        String arg = ctx.args.strip().toLowerCase(Locale.ROOT);
        if (!arg.isEmpty()) {
            ctx.requireManager();
            Matcher m = SET.matcher(arg);
            FollowUp.Reminder which = m.find() ? NAMES.get(m.group(1).replaceAll("\\s+", " ")) : null;
            if (which == null) throw ctx.reject("reminders.bad", ctx.args);
            boolean on = m.group(2).equals("på") || m.group(2).equals("on");
            ctx.store.settings().set(ctx.scope, "reminder." + which.key, String.valueOf(on));
            ctx.audit("reminder." + which.key, String.valueOf(on));
        }
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("reminders.heading", ctx.group.name()));
        for (FollowUp.Reminder r : FollowUp.Reminder.values()) {
            reply.text(ctx.t.get("reminders." + r.key) + " — " + ctx.t.get(r.on(ctx.store, ctx.scope) ? "reminders.on" : "reminders.off"));
        }
        return reply.context(ctx.t.get("reminders.hint")).ok();
    }
}
