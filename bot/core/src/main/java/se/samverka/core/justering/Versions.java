package se.samverka.core.justering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Justering;

/**
 * protokoll rättelse / minutes correction (a justerad meeting opened again as a new version, with its reason),
 * protokoll versioner / minutes versions, and protokoll version &lt;n&gt; with a line diff against the one before.
 */
public final class Versions {
    private static final Pattern NUMBER_FIRST = Pattern.compile("^(\\d{1,3})(?:\\s+(.*))?$", Pattern.DOTALL);
    /** The longest reason kept. */
    private static final int REASON_MAX = 500;

    private Versions() {}

    public static Reply correction(Ctx ctx) {
        ctx.requireManager();
        int colon = ctx.args.indexOf(':');
        String reason = colon < 0 ? "" : ctx.args.substring(colon + 1).strip();
        if (reason.isEmpty()) throw ctx.reject("justering.noReason");
        if (reason.length() > REASON_MAX) throw ctx.reject("justering.reasonTooLong", REASON_MAX, reason.length());
        Meeting meeting = ctx.meetings().require(ctx.args.substring(0, colon).strip(), ctx.meetings().forMinutes(),
                "meeting.noneAtAll");
        Justering.Version latest = ctx.store.justering().latest(ctx.scope, meeting.id())
                .filter(Justering.Version::locked)
                .orElseThrow(() -> ctx.refuse("justering.notLocked", ctx.meetings().describe(meeting)));
        Justering.Version opened = ctx.store.justering().open(ctx.scope, meeting.id(), latest.number() + 1,
                Optional.of(reason), ctx.actorId(), ctx.now);
        ctx.audit("justering.correction", ctx.meetings().localDate(meeting) + " v" + opened.number() + ": " + reason);
        return Reply.builder().text(ctx.t.get("justering.correctionOpened", ctx.meetings().describe(meeting),
                opened.number(), reason)).ok();
    }

    public static Reply list(Ctx ctx) {
        Meeting meeting = ctx.meetings().require(ctx.args, ctx.meetings().forMinutes(), "meeting.noneAtAll");
        List<Justering.Version> versions = ctx.store.justering().versions(ctx.scope, meeting.id());
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("justering.versionsHeading", ctx.meetings().describe(meeting)));
        if (versions.isEmpty()) return reply.text(ctx.t.get("justering.noVersions")).ok();
        List<Justering.ArchiveEntry> copies = ctx.store.justering().archived(ctx.scope, meeting.id());
        List<String> lines = new ArrayList<>();
        for (Justering.Version v : versions) {
            lines.add(line(ctx, v) + copies.stream().filter(c -> c.versionId() == v.id()).findFirst()
                    .map(c -> " · " + ctx.t.get("justering.v.archive", c.sha256())).orElse(""));
        }
        return reply.items(lines, false).ok();
    }

    /** "Version 2 · justerat av Tor Jacobsen 12 november 2026 · rättelse: fel datum". */
    private static String line(Ctx ctx, Justering.Version v) {
        String state = switch (v.state()) {
            case DRAFT -> ctx.t.get("justering.v.draft");
            case SENT -> ctx.t.get("justering.v.sent", States.date(ctx, v.sentAt().orElse(v.openedAt())));
            case APPROVED -> ctx.t.get("justering.v.approved", States.approvers(ctx, v),
                    States.date(ctx, v.approvedAt().orElse(v.openedAt())));
        };
        return ctx.t.get("justering.v.line", v.number(), state)
                + v.reason().map(r -> " · " + ctx.t.get("justering.v.reason", r)).orElse("");
    }

    public static Reply show(Ctx ctx) {
        Matcher m = NUMBER_FIRST.matcher(ctx.args.strip());
        if (!m.matches()) throw ctx.reject("justering.whichVersion", ctx.args);
        int number = Integer.parseInt(m.group(1));
        Meeting meeting = ctx.meetings().require(Optional.ofNullable(m.group(2)).orElse(""), ctx.meetings().forMinutes(),
                "meeting.noneAtAll");
        List<Justering.Version> versions = ctx.store.justering().versions(ctx.scope, meeting.id());
        Justering.Version v = versions.stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> ctx.refuse("justering.noSuchVersion", number, ctx.meetings().describe(meeting), versions.size()));
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("justering.versionHeading", number, ctx.meetings().describe(meeting)))
                .text(line(ctx, v));
        if (v.markdown().isEmpty()) return reply.context(ctx.t.get("justering.notSentYet")).ok();
        Optional<String> before = versions.stream().filter(x -> x.number() < number).reduce((a, b) -> b)
                .flatMap(Justering.Version::markdown);
        before.ifPresent(b -> {
            List<String> changes = LineDiff.changes(lines(b), lines(v.markdown().get()));
            reply.text(ctx.t.get("justering.diffHeading", number - 1));
            if (changes.isEmpty()) reply.context(ctx.t.get("justering.noDiff"));
            else reply.items(changes, false);
        });
        String file = ctx.t.get("minutes.fileName", ctx.meetings().localDate(meeting)) + "-v" + number + ".md";
        return reply.add(new Block.Document(file, "text/markdown", v.markdown().get())).ok();
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
