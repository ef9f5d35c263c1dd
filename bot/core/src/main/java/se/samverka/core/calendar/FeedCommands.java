package se.samverka.core.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Invitations;
import se.samverka.core.port.Store;

/**
 * kalender: the address of the group's calendar feed (every meeting, for Outlook, Google Calendar or Thunderbird to
 * subscribe to); "kalender ny länk" gives it a new secret, and the old address stops working.
 */
public final class FeedCommands {
    private FeedCommands() {}

    public static Reply calendar(Ctx ctx) {
        String arg = ctx.args.strip().toLowerCase(java.util.Locale.ROOT);
        if (arg.matches("ny länk|nytt? lösen|ny hemlighet|new link|new secret|rotate")) {
            ctx.requireManager();
            ctx.store.groups().setFeedSecret(ctx.scope, CalendarFeed.secret());
            ctx.audit("calendar.rotate", "");
            return Reply.builder().text(ctx.t.get("feed.rotated")).text(url(ctx, true)).context(sameAddress(ctx)).ok();
        }
        if (!arg.isEmpty()) throw ctx.reject("feed.badArg", ctx.args);
        return Reply.builder().text(ctx.t.get("feed.link", ctx.group.name())).text(url(ctx, true))
                .context(sameAddress(ctx)).context(ctx.t.get("feed.hint")).ok();
    }

    /** "Samma adress med https: https://…", or with http when the bot's address is not https (a local trial). */
    private static String sameAddress(Ctx ctx) {
        String plain = url(ctx, false);
        return ctx.t.get(plain.startsWith("https://") ? "feed.https" : "feed.http", plain);
    }

    /** The group's feed, as https:// or webcal://. */
    public static String url(Ctx ctx, boolean webcal) {
        String url = CalendarFeed.url(ctx.store, ctx.scope, ctx.settings.publicUrl());
        return webcal ? CalendarFeed.webcal(url) : url;
    }

    /** The feed of the group with this id, when the secret is right: every meeting from a year back. */
    public static Optional<String> feed(Store store, Invitations invitations, long groupId, String secret, Instant now) {
        Optional<Group> group = store.groups().byFeed(groupId, secret);
        if (group.isEmpty()) return Optional.empty();
        Group g = group.get();
        List<Meeting> meetings = store.meetings().all(g.scope()).stream()
                .filter(m -> m.end().isAfter(now.minus(java.time.Duration.ofDays(366)))).toList();
        List<Invitations.Meeting> events = meetings.stream()
                .map(m -> CalendarFiles.of(store, g, m, now, Optional.empty()))
                .map(m -> new Invitations.Meeting(m.uid(), m.sequence(), m.start(), m.end(), m.summary(), m.location(),
                        m.description(), m.organizer(), List.of(), m.cancelled())) // no addresses in a shared feed
                .toList();
        return Optional.of(invitations.feed(g.zone(), g.name(), events, now));
    }
}
