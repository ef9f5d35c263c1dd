package se.samverka.core.justering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.group.Registrars;
import se.samverka.core.group.Roster;
import se.samverka.core.port.Justering;
import se.samverka.core.port.MinutesFiles;
import se.samverka.core.port.Outbox;
import se.samverka.core.text.Texts;

/**
 * When the last justerare approves, the justerade minutes are sent out through the outbox, in the transaction of the
 * approval: to the group's channel (Slack and the console: the PDF; Teams: a card with a link to the meeting's page),
 * by e-mail to every member with an address (the .docx and the PDF), and to each organisation's registrar the
 * protokollsutdrag of the decisions that concern it ({@link Extracts}); the secretary is told who has no address.
 * Every message's key names the meeting and the version, so each goes out once, and a correction justerad again
 * goes out as its own version. Texts are in the group's language: the readers are the group, not the approver.
 */
final class SendOut {
    static final String KEY = "minutes-out:";

    private SendOut() {}

    /** What was queued, for the approver's reply. */
    record Summary(boolean channel, int members, List<String> registrars, List<String> withoutAddress, boolean mail) {}

    static Summary enqueue(Ctx ctx, Meeting meeting, Justering.Version version, List<Member> adjusters) {
        Texts t = Texts.of(ctx.group.lang());
        LocalDate day = ctx.meetings().localDate(meeting);
        LocalDate adjustedOn = ctx.now.atZone(ctx.group.zone()).toLocalDate();
        List<String> names = adjusters.stream().map(Member::name).toList();
        String markdown = version.markdown().orElseGet(() -> se.samverka.core.minutes.MinutesWriter.markdown(ctx, meeting));
        String base = "protokoll-" + day + (version.number() > 1 ? "-v" + version.number() : "");
        MinutesFiles.Spec minutes = new MinutesFiles.Spec(base, markdown, ctx.group.name(), t.get("minutes.page"), day,
                version.number(), names, adjustedOn, true);
        String justering = t.get("sendout.justering", Roster.listNames(adjusters), t.longDate(adjustedOn), version.number());
        String key = KEY + meeting.id() + ":v" + version.number() + ":";
        Optional<Outbox.Address> channel = Asks.channel(ctx);
        channel.ifPresent(c -> ctx.store.outbox().enqueue(ctx.scope, key + "channel", "minutes-channel", c,
                channelPost(ctx, t, meeting, day, version, justering, minutes, c), ctx.now));
        List<String> without = new ArrayList<>();
        int mailed = 0;
        String workspace = channel.map(Outbox.Address::workspace).orElse("");
        for (Member m : ctx.roster().members()) {
            if (m.email().isEmpty()) {
                without.add(m.name());
                continue;
            }
            if (!ctx.settings.mail()) continue;
            Reply mail = Reply.builder().heading(subject(t, "sendout.subject", ctx.group.name(), day, version))
                    .text(t.get("sendout.mailText", m.name(), ctx.group.name(), t.longDate(day), justering))
                    .context(t.get("sendout.mailFiles")).add(minutes.block()).ok();
            ctx.store.outbox().enqueue(ctx.scope, key + "member:" + m.id(), "minutes-mail",
                    Outbox.Address.mail(workspace, address(m.name(), m.email().get())), mail, ctx.now);
            mailed++;
        }
        List<String> registrars = ctx.settings.mail() ? registrars(ctx, t, meeting, day, version, names, adjustedOn,
                justering, key, workspace) : List.of();
        Summary summary = new Summary(channel.isPresent(), mailed, registrars, without, ctx.settings.mail());
        tellSecretary(ctx, t, meeting, version, summary, key);
        return summary;
    }

    private static String subject(Texts t, String key, String group, LocalDate day, Justering.Version version) {
        return t.get(key, group, t.longDate(day))
                + (version.number() > 1 ? " " + t.get("sendout.subjectVersion", version.number()) : "");
    }

    /** Slack and the console get the PDF; Teams a card with a link to the meeting's page (it takes no files). */
    private static Reply channelPost(Ctx ctx, Texts t, Meeting meeting, LocalDate day, Justering.Version version,
                                     String justering, MinutesFiles.Spec minutes, Outbox.Address to) {
        Reply.Builder post = Reply.builder().heading(t.get("sendout.channelHeading", ctx.group.name(), t.longDate(day),
                        version.number())).text(justering);
        String page = ctx.settings.publicUrl() + "/web/g/" + ctx.scope.groupId() + "/m/" + meeting.id();
        if (to.platform().equals("teams")) {
            post.entry(t.get("sendout.channelLink", page), new Button(t.get("sendout.openPage"), page, Button.Kind.LINK))
                    .context(t.get("sendout.channelLinkHow"));
        } else {
            post.add(new MinutesFiles.Spec(minutes.baseName(), minutes.markdown(), minutes.group(), minutes.pageLabel(),
                    minutes.meetingDate(), minutes.version(), minutes.adjusters(), minutes.adjustedOn(), false).block());
        }
        return post.ok().withShared(true);
    }

    /** One e-mail per organisation with a registrar and decisions that concern it; returns those organisations. */
    private static List<String> registrars(Ctx ctx, Texts t, Meeting meeting, LocalDate day, Justering.Version version,
                                           List<String> names, LocalDate adjustedOn, String justering, String key,
                                           String workspace) {
        Map<String, String> registrars = Registrars.of(ctx.store.settings(), ctx.scope, ctx.roster());
        if (registrars.isEmpty()) return List.of();
        Map<String, List<Extracts.Item>> concern = Extracts.byOrganisation(ctx, Extracts.items(ctx, meeting),
                List.copyOf(registrars.keySet()));
        String meetingText = t.longDate(day) + meeting.place().map(p -> ", " + p).orElse("");
        List<String> sent = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Extracts.Item>> e : concern.entrySet()) {
            n++;
            String md = Extracts.markdown(t, ctx.group.name(), meetingText, e.getKey(), e.getValue(), justering);
            String base = "protokollsutdrag-" + day + (version.number() > 1 ? "-v" + version.number() : "") + "-" + n;
            MinutesFiles.Spec extract = new MinutesFiles.Spec(base, md, ctx.group.name(), t.get("minutes.page"), day,
                    version.number(), names, adjustedOn, false);
            List<String> paragraphs = e.getValue().stream()
                    .map(i -> t.get("sendout.paragraph", i.paragraph().number(), i.paragraph().year())).toList();
            Reply mail = Reply.builder().heading(subject(t, "sendout.extractSubject", ctx.group.name(), day, version) + " – " + e.getKey())
                    .text(t.get("sendout.extractText", e.getKey(), ctx.group.name(), t.longDate(day), String.join(", ", paragraphs),
                            justering)).add(extract.block()).ok();
            ctx.store.outbox().enqueue(ctx.scope, key + "registrar:" + e.getKey().toLowerCase(java.util.Locale.ROOT),
                    "minutes-registrar", Outbox.Address.mail(workspace, registrars.get(e.getKey())), mail, ctx.now);
            sent.add(e.getKey());
        }
        return sent;
    }

    /** "Name <address>": the outbox keeps the recipient's name with the address. */
    private static String address(String name, String email) {
        return name.replaceAll("[<>\"\\r\\n]", "").strip() + " <" + email + ">";
    }

    private static void tellSecretary(Ctx ctx, Texts t, Meeting meeting, Justering.Version version, Summary s, String key) {
        Reply.Builder message = Reply.builder().heading(t.get("sendout.secretaryHeading", ctx.meetings().describe(meeting),
                version.number())).text(lines(t, s).get(0));
        lines(t, s).stream().skip(1).forEach(message::context);
        Asks.toSecretaries(ctx, meeting, key + "secretary", "", "minutes-sent", message.ok());
    }

    /** The summary as lines: what went where, then who has no address. */
    static List<String> lines(Texts t, Summary s) {
        List<String> lines = new ArrayList<>();
        lines.add(s.mail() ? t.get("sendout.summary", s.members(), s.registrars().size())
                : t.get("sendout.summaryNoMail"));
        if (!s.registrars().isEmpty()) lines.add(t.get("sendout.registrars", String.join(", ", s.registrars())));
        if (!s.withoutAddress().isEmpty()) lines.add(t.get("sendout.withoutAddress", String.join(", ", s.withoutAddress())));
        return lines;
    }
}
