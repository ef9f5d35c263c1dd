package se.samverka.web;

import static se.samverka.web.WebBits.hash;
import static se.samverka.web.WebBits.id;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.Agendas;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.port.Justering;
import se.samverka.core.port.Store;
import se.samverka.core.port.WebSessions;
import se.samverka.core.text.Texts;
import se.samverka.core.web.WebLinks;

/**
 * The justerare's review page, {@code /web/g/<group>/m/<meeting>/granska}: the minutes as sent for justering, a
 * comment box per item and "Justera" / "Begär ändring", which run the chat's {@code justera <möte>} and {@code begär
 * ändring <kommentar>} for the signed-in member (the same use cases, refusals and lock). The comments are stored
 * once the command has gone through, and the secretary sees them on the editor page. The link from
 * {@code protokoll klart}, {@code /web/granska?t=…}, is signed for the member, the meeting and the version, expires
 * like a webb link and opens once.
 */
final class ReviewPages {
    private final WebPages pages;
    private final Store store;
    private final WebSessions sessions;
    private final WebLinks links;
    private final Clock clock;

    ReviewPages(WebPages pages, Store store, WebSessions sessions, WebLinks links, Clock clock) {
        this.pages = pages;
        this.store = store;
        this.sessions = sessions;
        this.links = links;
        this.clock = clock;
    }

    void mount(Javalin app) {
        app.get("/web/granska", this::open);
        pages.groupPage(app, "/web/g/{group}/m/{meeting}/granska", (ctx, v) -> show(ctx, v, Map.of()));
        app.post("/web/g/{group}/m/{meeting}/granska", ctx -> pages.withGroup(ctx, this::answer));
    }

    /** The link from the direct message: a genuine, unexpired, unused one opens a session on the review page. */
    private void open(Context ctx) {
        String token = ctx.queryParam("t");
        Instant now = clock.instant();
        Optional<WebLinks.Review> review = links.verifyReview(token, now);
        Texts fallback = review.map(r -> Texts.of(r.claims().lang())).orElse(Texts.of(se.samverka.core.domain.Lang.SV));
        if (review.isEmpty() || review.get().claims().groups().size() != 1) {
            pages.message(ctx, 403, fallback, "page.badLinkTitle", "page.badLink");
            return;
        }
        WebLinks.Claims claims = review.get().claims();
        // a replay opens nothing: the link is marked used before the session opens
        if (!store.transactions().inTransaction(() -> sessions.useOnce(hash("review:" + token), now), used -> used)) {
            pages.message(ctx, 403, fallback, "page.usedLinkTitle", "page.usedLink");
            return;
        }
        pages.openSession(ctx, claims, () -> {});
        ctx.redirect("/web/g/" + claims.groups().get(0).groupId() + "/m/" + review.get().meetingId() + "/granska");
    }

    private void show(Context ctx, WebPages.Visit v, Map<String, Object> extra) {
        Optional<Meeting> meeting = store.meetings().byId(v.scope(), id(ctx.pathParam("meeting")));
        if (meeting.isEmpty()) {
            pages.notFound(ctx, v.t());
            return;
        }
        Meeting m = meeting.get();
        Texts t = v.t();
        AgendaLayout layout = Agendas.read(store, v.scope(), m, clock.instant(), v.group().zone());
        Optional<Justering.Version> latest = store.justering().latest(v.scope(), m.id());
        Map<Long, Member> people = Views.members(store, v);
        store.members().guests(v.scope(), m.id()).forEach(g -> people.put(g.id(), g));
        List<Justering.Comment> comments = store.justering().comments(v.scope(), m.id());
        Map<String, Object> model = new HashMap<>();
        model.put("id", m.id());
        model.put("title", t.get("page.reviewTitle", t.longDate(m.startIn(v.group().zone()).toLocalDate())));
        model.put("state", EditorView.state(t, latest));
        boolean sent = latest.filter(x -> x.state() == Justering.State.SENT).isPresent();
        model.put("sent", sent);
        model.put("version", latest.map(Justering.Version::number).orElse(0));
        model.put("markdown", latest.flatMap(Justering.Version::markdown).orElse(""));
        List<Map<String, Object>> items = new ArrayList<>();
        for (AgendaLayout.Line line : layout.lines()) {
            items.add(Map.of("id", line.item().id(), "label", line.label(), "text", line.item().text(),
                    "comments", EditorView.commentsOf(comments, Optional.of(line.item().id()), people),
                    "typed", Optional.ofNullable(ctx.formParam("c" + line.item().id())).orElse("")));
        }
        model.put("items", items);
        model.put("comments", EditorView.commentsOf(comments, Optional.empty(), people));
        model.put("typed", Optional.ofNullable(ctx.formParam("comment")).orElse(""));
        model.put("notice", switch (Optional.ofNullable(ctx.queryParam("klar")).orElse("")) {
            case "justerat" -> t.get("page.reviewApproved");
            case "andring" -> t.get("page.reviewChangeSent");
            default -> "";
        });
        model.put("refusal", "");
        model.putAll(extra);
        pages.render(ctx, "review", v, model);
    }

    /** Justera or Begär ändring, with the comments typed: nothing is stored unless the command goes through. */
    private void answer(Context ctx, WebPages.Visit v) {
        if (!WebPages.csrfOk(ctx, v.session())) {
            pages.message(ctx, 403, v.t(), "page.badFormTitle", "page.badForm");
            return;
        }
        Optional<Meeting> meeting = store.transactions().inTransaction(() -> store.meetings().byId(v.scope(), id(ctx.pathParam("meeting"))),
                m -> true);
        List<String> channels = store.transactions().inTransaction(() -> store.groups().channels(v.scope()), c -> true);
        boolean approving = "justera".equals(ctx.formParam("do"));
        if (meeting.isEmpty() || channels.isEmpty() || !(approving || "andring".equals(ctx.formParam("do")))) {
            pages.notFound(ctx, v.t());
            return;
        }
        Meeting m = meeting.get();
        Map<Long, String> typed = typed(ctx, v, m);
        String general = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
        Optional<Justering.Version> version = store.transactions().inTransaction(() -> store.justering().latest(v.scope(), m.id()), x -> true);
        String day = m.startIn(v.group().zone()).toLocalDate().toString();
        String command;
        if (approving) {
            command = Verb.APPROVE.word(v.t().lang()) + " " + day;
        } else {
            if (laterAwaiting(v, m)) {
                inTransaction(() -> show(ctx, v, Map.of("refusal", v.t().get("page.reviewOtherFirst"))));
                return;
            }
            command = Verb.REQUEST_CHANGE.word(v.t().lang()) + " " + changeText(v, m, typed, general);
        }
        Reply reply = pages.asMember(v, channels.get(0), command);
        if (reply.rejected()) {
            inTransaction(() -> show(ctx, v, Map.of("refusal", reply.summary(600))));
            return;
        }
        Optional<Member> me = store.transactions().inTransaction(() -> store.members().byIdentity(v.scope(),
                v.session().claims().platform(), v.session().claims().userId()), x -> true);
        if (me.isPresent() && version.isPresent()) {
            Instant now = clock.instant();
            store.transactions().run(() -> {
                typed.forEach((item, text) -> store.justering().comment(v.scope(), m.id(), new Justering.Comment(0, version.get().id(),
                        Optional.of(item), me.get().id(), approving, text, now)));
                if (!general.isEmpty()) store.justering().comment(v.scope(), m.id(), new Justering.Comment(0, version.get().id(),
                        Optional.empty(), me.get().id(), approving, general, now));
            });
        }
        ctx.redirect(ctx.path() + "?klar=" + (approving ? "justerat" : "andring"));
    }

    /** The comments typed per item, by the item's id (only the meeting's own items). */
    private Map<Long, String> typed(Context ctx, WebPages.Visit v, Meeting m) {
        AgendaLayout layout = store.transactions().inTransaction(() -> Agendas.read(store, v.scope(), m, clock.instant(),
                v.group().zone()), x -> true);
        Map<Long, String> typed = new LinkedHashMap<>();
        for (AgendaLayout.Line line : layout.lines()) {
            String text = Optional.ofNullable(ctx.formParam("c" + line.item().id())).orElse("").strip();
            if (!text.isEmpty()) typed.put(line.item().id(), text);
        }
        return typed;
    }

    /** "Punkt 2: …" for each item's comment, then the comment on the whole: what begär ändring sends the secretary. */
    private String changeText(WebPages.Visit v, Meeting m, Map<Long, String> typed, String general) {
        AgendaLayout layout = store.transactions().inTransaction(() -> Agendas.read(store, v.scope(), m, clock.instant(),
                v.group().zone()), x -> true);
        List<String> parts = new ArrayList<>();
        for (AgendaLayout.Line line : layout.lines()) {
            String text = typed.get(line.item().id());
            if (text != null) parts.add(v.t().get("page.reviewItemComment", line.label(), text.replace('\n', ' ')));
        }
        if (!general.isEmpty()) parts.add(general.replace('\n', ' '));
        return String.join("; ", parts);
    }

    /** Whether the signed-in member is one of the meeting's justerare (the review page is theirs). */
    boolean mayReview(WebPages.Visit v, long meetingId) {
        return store.transactions().inTransaction(() -> store.members()
                .byIdentity(v.scope(), v.session().claims().platform(), v.session().claims().userId())
                .filter(me -> store.justering().adjusters(v.scope(), meetingId).contains(me.id())).isPresent(), x -> true);
    }

    /** Whether a later meeting also awaits this member's justering (begär ändring would go to that one). */
    private boolean laterAwaiting(WebPages.Visit v, Meeting m) {
        return store.transactions().inTransaction(() -> {
            Optional<Member> me = store.members().byIdentity(v.scope(), v.session().claims().platform(), v.session().claims().userId());
            if (me.isEmpty()) return false;
            return store.meetings().all(v.scope()).stream().filter(o -> o.start().isAfter(m.start()))
                    .anyMatch(o -> store.justering().latest(v.scope(), o.id()).filter(x -> x.state() == Justering.State.SENT).isPresent()
                            && store.justering().adjusters(v.scope(), o.id()).contains(me.get().id()));
        }, x -> true);
    }

    private void inTransaction(Runnable page) {
        store.transactions().inTransaction(() -> {
            page.run();
            return true;
        }, x -> true);
    }
}
