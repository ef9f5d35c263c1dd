package se.samverka.web;

import static se.samverka.web.WebBits.hash;
import static se.samverka.web.WebBits.id;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.port.Store;
import se.samverka.core.port.WebSessions;
import se.samverka.core.text.Texts;

/**
 * The meeting page as the secretary's editor, {@code /web/g/<group>/m/<meeting>/redigera}: plain forms (each with
 * the session's CSRF token) for notes, decisions, action items, attendance, laget runt and agenda items, each run as
 * the chat command it stands for ({@link EditorCommands}, {@link WebPages#asMember}). Saving never loses text: a
 * refusal, a save over someone else's later change ("ändrat av … under tiden", with both texts), a form from an
 * earlier sign-in, and a form posted after the session expired all come back with the text as typed — the last one
 * also kept for the member (its CSRF token checked against the expired session) until they sign in again.
 */
final class EditorPages {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** The fields of a form that are the member's text (shown in a text box when a form comes back). */
    private static final List<String> TEXTS = List.of("text", "task");

    private final WebPages pages;
    private final Store store;
    private final WebSessions sessions;
    private final Clock clock;
    private final EditorView view;

    EditorPages(WebPages pages, Store store, WebSessions sessions, Clock clock) {
        this.pages = pages;
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
        this.view = new EditorView(store, clock);
    }

    void mount(Javalin app) {
        pages.groupPage(app, "/web/g/{group}/m/{meeting}/redigera", (ctx, v) -> show(ctx, v, Map.of()));
        app.post("/web/g/{group}/m/{meeting}/redigera", ctx -> {
            if (pages.currentSession(ctx).isEmpty()) keepExpired(ctx);
            else pages.withGroup(ctx, this::save);
        });
    }

    /** The editor, with what this answer adds: a notice, a refusal, a form come back, a conflict. */
    private void show(Context ctx, WebPages.Visit v, Map<String, Object> extra) {
        if (!mayEdit(v, id(ctx.pathParam("meeting")))) {
            pages.message(ctx, 403, v.t(), "page.editorNotAllowedTitle", "page.editorNotAllowed");
            return;
        }
        Optional<Map<String, Object>> model = store.transactions().inTransaction(() -> view.model(v, id(ctx.pathParam("meeting"))),
                m -> true);
        if (model.isEmpty()) {
            pages.notFound(ctx, v.t());
            return;
        }
        Map<String, Object> all = new HashMap<>(model.get());
        all.put("notice", "1".equals(ctx.queryParam("sparat")) ? v.t().get("page.editorSaved") : "");
        all.put("refusal", "");
        all.put("conflict", "");
        all.put("back", "");
        String path = ctx.path();
        Optional<WebSessions.Draft> draft = store.transactions().inTransaction(() -> sessions.draft(v.session().claims(), path), d -> true);
        all.put("draft", draft.map(d -> Map.<String, Object>of("at", CLOCK.format(d.savedAt().atZone(v.group().zone())),
                "form", formModel(decode(d.fields())))).orElse(Map.of()));
        all.putAll(extra);
        all.put("here", path);
        pages.render(ctx, "editor", v, all);
    }

    private void save(Context ctx, WebPages.Visit v) {
        Map<String, List<String>> fields = new LinkedHashMap<>(ctx.formParamMap());
        EditorCommands.Form form = new EditorCommands.Form(ctx.formParam("op") == null ? "" : ctx.formParam("op"), fields);
        String path = ctx.path();
        if (!WebPages.csrfOk(ctx, v.session())) { // e.g. a page from before signing in again: nothing run, the text back
            show(ctx, v, Map.of("refusal", v.t().get("page.editorOldForm"), "back", formModel(fields)));
            return;
        }
        if (!mayEdit(v, id(ctx.pathParam("meeting")))) { // the chat lets members write notes; the editor is the minute-takers'
            pages.message(ctx, 403, v.t(), "page.editorNotAllowedTitle", "page.editorNotAllowed");
            return;
        }
        if (form.op().equals("drop-draft")) {
            store.transactions().run(() -> sessions.dropDraft(v.session().claims(), path));
            ctx.redirect(path);
            return;
        }
        Optional<Meeting> meeting = store.transactions().inTransaction(() -> store.meetings().byId(v.scope(), id(ctx.pathParam("meeting"))),
                m -> true);
        List<String> channels = store.transactions().inTransaction(() -> store.groups().channels(v.scope()), c -> true);
        if (meeting.isEmpty() || channels.isEmpty()) {
            pages.notFound(ctx, v.t());
            return;
        }
        LocalDate day = meeting.get().startIn(v.group().zone()).toLocalDate();
        EditorCommands.Built built = EditorCommands.command(v.t().lang(), day, form);
        Optional<String> problem = built.ok() ? unknownName(v, meeting.get(), form) : Optional.of(v.t().get(built.problem(), built.detail()));
        if (problem.isPresent()) {
            show(ctx, v, Map.of("refusal", problem.get(), "back", formModel(fields)));
            return;
        }
        Optional<Map<String, Object>> conflict = conflict(v, form);
        if (conflict.isPresent()) {
            show(ctx, v, Map.of("conflict", conflict.get()));
            return;
        }
        for (String command : built.commands()) { // attendance's two (förhinder, närvarande) name only checked people
            Reply reply = pages.asMember(v, channels.get(0), command);
            if (reply.rejected()) { // the chat's own refusal, and the form back with the text as typed
                show(ctx, v, Map.of("refusal", reply.summary(600), "back", formModel(fields)));
                return;
            }
        }
        store.transactions().run(() -> sessions.dropDraft(v.session().claims(), path));
        ctx.redirect(path + "?sparat=1");
    }

    /** "Lena Svensson is neither on the roster nor a guest of this meeting": a name the page never offered. */
    private Optional<String> unknownName(WebPages.Visit v, Meeting meeting, EditorCommands.Form form) {
        EditorView.Namable namable = store.transactions().inTransaction(() -> view.namable(v, meeting.id()), n -> true);
        return EditorCommands.unknownName(form, namable.people(), namable.owners())
                .map(name -> v.t().get("page.editorUnknownName", name.length() > 60 ? name.substring(0, 60) + "…" : name));
    }

    /** Whether the signed-in member writes this meeting's minutes: the chair, the secretary or its note-taker. */
    boolean mayEdit(WebPages.Visit v, long meetingId) {
        return store.transactions().inTransaction(() -> {
            Optional<Member> me = store.members().byIdentity(v.scope(), v.session().claims().platform(), v.session().claims().userId());
            if (me.isEmpty()) return false;
            if (me.get().role().manages()) return true;
            return store.meetings().byId(v.scope(), meetingId).flatMap(Meeting::noteTakerId).filter(id -> id == me.get().id()).isPresent();
        }, ok -> true);
    }

    /**
     * An edit opened at one version of a record that has moved on since (someone else saved meanwhile): nothing is
     * written; the page shows who changed it, their text and this one, and a form to save this one over it knowingly.
     */
    private Optional<Map<String, Object>> conflict(WebPages.Visit v, EditorCommands.Form form) {
        RecordChanges.Kind kind = EditorCommands.EDITS.get(form.op());
        if (kind == null) return Optional.empty();
        return store.transactions().inTransaction(() -> {
            Optional<RecordChanges.Stored> stored = store.changes().byNumber(v.scope(), kind, Integer.parseInt(form.one("number")));
            if (stored.isEmpty()) return Optional.<Map<String, Object>>empty();
            long now = view.version(v, kind, stored.get().id());
            if (String.valueOf(now).equals(form.one("version"))) return Optional.<Map<String, Object>>empty();
            Map<String, List<String>> mine = new LinkedHashMap<>(form.fields());
            mine.put("version", List.of(String.valueOf(now)));
            return Optional.<Map<String, Object>>of(Map.of("by", view.lastChange(v, kind, stored.get().id()),
                    "theirs", stored.get().text(), "form", formModel(mine)));
        }, c -> true);
    }

    /**
     * A form posted without a live session: nothing is run. When the cookie is of a session that expired and the
     * form carries its token, the form is kept for that member and comes back on this page after they sign in again;
     * either way this answer shows the text as typed.
     */
    private void keepExpired(Context ctx) {
        String cookie = ctx.cookie(WebPages.COOKIE);
        Optional<WebSessions.Session> expired = cookie == null || cookie.length() > 100 ? Optional.empty()
                : store.transactions().inTransaction(() -> sessions.expired(hash(cookie), clock.instant()), s -> true);
        boolean kept = expired.isPresent() && WebPages.csrfOk(ctx, expired.get());
        if (kept) {
            String body = ctx.body();
            if (body.length() <= 64_000) {
                store.transactions().run(() -> sessions.keepDraft(expired.get().claims(),
                        new WebSessions.Draft(ctx.path(), body, clock.instant())));
            } else {
                kept = false;
            }
        }
        Texts t = expired.map(pages::texts).orElse(Texts.of(se.samverka.core.domain.Lang.SV));
        List<Map<String, Object>> texts = new ArrayList<>();
        for (String name : TEXTS) {
            String value = ctx.formParam(name);
            if (value != null && !value.isBlank()) texts.add(Map.of("name", name, "value", value));
        }
        pages.message(ctx, 401, t, t.get("page.editorExpiredTitle"), t.get(kept ? "page.editorExpiredKept" : "page.editorExpired"),
                Map.of("kept", texts));
    }

    /** A form as it came, to show again: its hidden fields and its text boxes (never the old CSRF token). */
    static Map<String, Object> formModel(Map<String, List<String>> fields) {
        List<Map<String, Object>> hidden = new ArrayList<>();
        List<Map<String, Object>> texts = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (name.equals("csrf")) return;
            for (String value : values) (TEXTS.contains(name) ? texts : hidden).add(Map.of("name", name, "value", value));
        });
        return Map.of("hidden", hidden, "texts", texts);
    }

    /** A form body as posted (application/x-www-form-urlencoded). */
    static Map<String, List<String>> decode(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException malformed) {
                // not from one of our forms: left out
            }
        }
        return fields;
    }
}
