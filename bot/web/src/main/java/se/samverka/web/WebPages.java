package se.samverka.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.chat.Assistant;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.Archive;
import se.samverka.core.port.Store;
import se.samverka.core.port.WebSessions;
import se.samverka.core.text.Texts;
import se.samverka.core.web.WebLinks;

import static se.samverka.web.WebBits.hash;
import static se.samverka.web.WebBits.id;
import static se.samverka.web.WebBits.idOpt;
import static se.samverka.web.WebBits.random;
import static se.samverka.web.WebBits.year;

/**
 * The web pages, mounted on the bot's Javalin server under {@code /web}: a personal link from {@code webb} opens a
 * session (an HttpOnly, SameSite cookie; Secure behind TLS), which sees only the groups the link was for. Every page
 * is rendered on the server (Pebble, autoescaped) with no outside resources; the one write — marking an action item
 * done — is a POST with the session's CSRF token and runs as the same chat command the member would type.
 */
public final class WebPages {
    static final String COOKIE = "samverka_session";
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private static final System.Logger LOG = System.getLogger(WebPages.class.getName());

    /** What a page needs: the session, and (for a group's pages) the group. */
    record Visit(WebSessions.Session session, Group group, Texts t) {
        GroupScope scope() {
            return group.scope();
        }
    }

    @FunctionalInterface
    interface GroupPage {
        void render(Context ctx, Visit visit) throws Exception;
    }

    private final Store store;
    private final Archive archive;
    private final WebSessions sessions;
    private final WebLinks links;
    private final Assistant assistant;
    private final Clock clock;
    private final Lang defaultLang;
    private final boolean secureCookies;
    private final Views views;
    private final PebbleEngine engine;
    private final EditorPages editor;
    private final ReviewPages review;

    /**
     * @param secureCookies whether the bot is reached over https (its public address), so cookies get Secure
     * @param minutes       the minutes of a group's meeting as Markdown (the engine's {@code protokoll})
     */
    public WebPages(Store store, Archive archive, WebSessions sessions, WebLinks links, Assistant assistant, Clock clock,
                    Lang defaultLang, boolean secureCookies, Views.Minutes minutes, String publicUrl) {
        this.store = Objects.requireNonNull(store, "store");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.links = Objects.requireNonNull(links, "links");
        this.assistant = Objects.requireNonNull(assistant, "assistant");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultLang = Objects.requireNonNull(defaultLang, "defaultLang");
        this.secureCookies = secureCookies;
        this.views = new Views(store, archive, clock, minutes, publicUrl);
        this.engine = Templates.engine();
        this.editor = new EditorPages(this, store, sessions, clock);
        this.review = new ReviewPages(this, store, sessions, links, clock);
    }

    /** The pages' routes; the server sets {@link SecurityHeaders} on every response before they run. */
    public void mount(Javalin app) {
        app.get("/web/login", this::login);
        app.post("/web/logout", ctx -> {
            Optional<WebSessions.Session> session = currentSession(ctx);
            if (session.isPresent() && !csrfOk(ctx, session.get())) {
                message(ctx, 403, texts(session.get()), "page.badFormTitle", "page.badForm");
                return;
            }
            session.ifPresent(s -> store.transactions().run(() -> sessions.close(hash(ctx.cookie(COOKIE)))));
            ctx.header("Set-Cookie", cookie("", 0));
            message(ctx, 200, session.map(this::texts).orElse(Texts.of(defaultLang)), "page.loggedOutTitle", "page.loggedOut");
        });
        app.post("/web/sprak", this::switchLanguage);
        app.get("/web", this::home);
        app.get("/web/", this::home);
        groupPage(app, "/web/g/{group}", (ctx, v) -> render(ctx, "group", v, views.group(v)));
        groupPage(app, "/web/g/{group}/m/{meeting}", (ctx, v) -> {
            long m = id(ctx.pathParam("meeting"));
            Optional<Map<String, Object>> meeting = views.meeting(v, m).map(HashMap::new); // + who sees the editor/review links
            meeting.ifPresent(model -> model.putAll(Map.of("mayEdit", editor.mayEdit(v, m), "mayReview", review.mayReview(v, m))));
            if (meeting.isEmpty()) notFound(ctx, v.t());
            else render(ctx, "meeting", v, meeting.get());
        });
        groupPage(app, "/web/g/{group}/m/{meeting}/protokoll.{format}", this::minutesFile);
        groupPage(app, "/web/g/{group}/m/{meeting}/arkiv/{file}", (ctx, v) -> send(ctx, v,
                ArchiveFiles.copy(store, v, id(ctx.pathParam("meeting")), ctx.pathParam("file"))));
        groupPage(app, "/web/g/{group}/beslut", (ctx, v) -> render(ctx, "decisions", v, views.register(v,
                Optional.ofNullable(ctx.queryParam("q")), Optional.ofNullable(ctx.queryParam("ar")), Optional.ofNullable(ctx.queryParam("org")))));
        groupPage(app, "/web/g/{group}/beslut/{decision}", (ctx, v) -> {
            Optional<Map<String, Object>> decision = views.decision(v, id(ctx.pathParam("decision")));
            if (decision.isEmpty()) notFound(ctx, v.t());
            else render(ctx, "decision", v, decision.get());
        });
        // the notice comes from the server: ?klar= is only a number put in the page's own text, never text to show
        groupPage(app, "/web/g/{group}/atgarder", (ctx, v) -> render(ctx, "actions", v, views.board(v,
                Optional.ofNullable(ctx.queryParam("klar")), Optional.empty())));
        app.post("/web/g/{group}/atgarder/{number}/klar", ctx -> withGroup(ctx, this::markDone));
        groupPage(app, "/web/g/{group}/arsrapport/{year}", (ctx, v) -> {
            Optional<Integer> year = year(ctx.pathParam("year"));
            if (year.isEmpty()) notFound(ctx, v.t());
            else render(ctx, "report", v, views.report(v, year.get()));
        });
        groupPage(app, "/web/g/{group}/arsrapport/{year}/rapport.docx", (ctx, v) -> {
            Optional<Integer> year = year(ctx.pathParam("year"));
            if (year.isEmpty()) {
                notFound(ctx, v.t());
                return;
            }
            byte[] docx = se.samverka.minutes.MinutesDocx.write(views.reportMarkdown(v, year.get()),
                    v.t().get("page.reportTitle", v.group().name(), year.get()));
            ctx.header("Content-Disposition", "attachment; filename=\"arsrapport-" + year.get() + ".docx\"")
                    .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").result(docx);
        });
        editor.mount(app);
        review.mount(app);
        // any other address under /web: the same friendly page (added last, so it only catches what nothing else took)
        app.get("/web/*", ctx -> notFound(ctx, Texts.of(defaultLang)));
        app.post("/web/*", ctx -> notFound(ctx, Texts.of(defaultLang)));
    }

    // ---- access ----

    private void login(Context ctx) {
        Optional<WebLinks.Claims> claims = links.verify(ctx.queryParam("t"), clock.instant());
        if (claims.isEmpty()) {
            message(ctx, 403, Texts.of(defaultLang), "page.badLinkTitle", "page.badLink");
            return;
        }
        openSession(ctx, claims.get(), () -> {});
        List<GroupScope> groups = claims.get().groups();
        ctx.redirect(groups.size() == 1 ? "/web/g/" + groups.get(0).groupId() : "/web");
    }

    /** A session from a link's claims, its cookie set; {@code also} runs in the same transaction. */
    void openSession(Context ctx, WebLinks.Claims claims, Runnable also) {
        Instant now = clock.instant();
        String id = random();
        String csrf = random();
        WebLinks.Claims session = new WebLinks.Claims(claims.platform(), claims.workspace(), claims.userId(),
                claims.name(), claims.lang(), claims.groups(), now.plus(SESSION_LIFETIME));
        store.transactions().run(() -> {
            also.run();
            sessions.open(hash(id), session, csrf, now);
        });
        ctx.header("Set-Cookie", cookie(id, SESSION_LIFETIME.toSeconds()));
    }

    private void home(Context ctx) {
        Optional<WebSessions.Session> session = currentSession(ctx);
        if (session.isEmpty()) {
            message(ctx, 401, Texts.of(defaultLang), "page.noSessionTitle", "page.noSession");
            return;
        }
        WebLinks.Claims claims = session.get().claims();
        List<Group> groups = store.transactions().inTransaction(() -> claims.groups().stream()
                .map(scope -> visible(scope, claims)).flatMap(Optional::stream).toList(), g -> true);
        Texts t = texts(session.get());
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups.stream().map(g -> Map.of("id", g.scope().groupId(), "name", g.name())).toList());
        page(ctx, "home", t, session.get(), Optional.empty(), model);
    }

    void groupPage(Javalin app, String path, GroupPage page) {
        app.get(path, ctx -> withGroup(ctx, page));
    }

    /** The group of the path, if the session may see it; else the same "not found" whether it exists or not. */
    void withGroup(Context ctx, GroupPage page) throws Exception {
        Optional<WebSessions.Session> session = currentSession(ctx);
        if (session.isEmpty()) {
            message(ctx, 401, Texts.of(defaultLang), "page.noSessionTitle", "page.noSession");
            return;
        }
        WebLinks.Claims claims = session.get().claims();
        Optional<GroupScope> scope = idOpt(ctx.pathParam("group")).flatMap(claims::group);
        Optional<Group> group = scope.flatMap(s -> store.transactions().inTransaction(() -> visible(s, claims), g -> true));
        if (group.isEmpty()) {
            notFound(ctx, texts(session.get()));
            return;
        }
        Visit visit = new Visit(session.get(), group.get(), texts(session.get()));
        if (ctx.method().name().equals("POST")) {
            page.render(ctx, visit); // writes run their own command transaction
            return;
        }
        Exception[] failure = new Exception[1];
        store.transactions().inTransaction(() -> {
            try {
                page.render(ctx, visit);
            } catch (Exception e) {
                failure[0] = e;
            }
            return true;
        }, ok -> true); // reading, but a page may make the group's calendar secret the first time
        if (failure[0] != null) throw failure[0];
    }

    /** The group, while the session's user is still on its roster (a member who leaves loses the pages at once). */
    Optional<Group> visible(GroupScope scope, WebLinks.Claims claims) {
        if (store.members().byIdentity(scope, claims.platform(), claims.userId()).isEmpty()) return Optional.empty();
        return store.groups().byScope(scope);
    }

    /** The pages speak the language the member used for webb, or the one they switched to. */
    Texts texts(WebSessions.Session session) {
        return Texts.of(session.claims().lang());
    }

    /** The footer's language button: the session's language changes, and the member stays on the page. */
    private void switchLanguage(Context ctx) {
        Optional<WebSessions.Session> session = currentSession(ctx);
        if (session.isEmpty()) {
            message(ctx, 401, Texts.of(defaultLang), "page.noSessionTitle", "page.noSession");
            return;
        }
        Optional<Lang> lang = Lang.fromCode(ctx.formParam("lang"));
        if (!csrfOk(ctx, session.get()) || lang.isEmpty()) {
            message(ctx, 403, texts(session.get()), "page.badFormTitle", "page.badForm");
            return;
        }
        store.transactions().run(() -> sessions.language(hash(ctx.cookie(COOKIE)), lang.get()));
        String back = ctx.formParam("back");
        // only back to one of our own pages: no open redirect
        ctx.redirect(back != null && !back.contains("..") && back.matches("/web(/[A-Za-z0-9/_.-]*)?(\\?[A-Za-z0-9=&%+._-]*)?") ? back : "/web");
    }

    Optional<WebSessions.Session> currentSession(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null || id.isBlank() || id.length() > 100) return Optional.empty();
        return store.transactions().inTransaction(() -> sessions.find(hash(id), clock.instant()), s -> true);
    }

    static boolean csrfOk(Context ctx, WebSessions.Session session) {
        String sent = ctx.formParam("csrf");
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), session.csrf().getBytes(StandardCharsets.UTF_8));
    }

    /** Klar from the action board: the member's own chat command, run for them in the group's channel. */
    private void markDone(Context ctx, Visit v) {
        if (!csrfOk(ctx, v.session())) {
            message(ctx, 403, v.t(), "page.badFormTitle", "page.badForm");
            return;
        }
        Optional<Long> number = idOpt(ctx.pathParam("number"));
        List<String> channels = store.transactions().inTransaction(() -> store.groups().channels(v.scope()), c -> true);
        if (number.isEmpty() || channels.isEmpty()) {
            notFound(ctx, v.t());
            return;
        }
        Reply reply = asMember(v, channels.get(0), Verb.DONE.word(v.group().lang()) + " " + number.get());
        String back = "/web/g/" + v.scope().groupId() + "/atgarder";
        if (!reply.rejected()) {
            ctx.redirect(back + "?klar=" + number.get());
            return;
        }
        // the chat's own refusal, shown on the board in this answer: no text travels in an address
        Map<String, Object> board = store.transactions().inTransaction(() -> views.board(v, Optional.empty(),
                Optional.of(reply.summary(300))), b -> true);
        board.put("here", back);
        render(ctx, "actions", v, board);
    }

    /**
     * A chat command run for the signed-in member in the group's channel, through the engine as if typed there: the
     * same parsing, permissions, lock, history and ångra as the chat — one code path for the web's writes.
     */
    Reply asMember(Visit v, String channel, String command) {
        WebLinks.Claims who = v.session().claims();
        return assistant.handle(new IncomingCommand(new ConversationRef(who.platform(), who.workspace(), channel),
                new ChatUser(who.userId(), who.name(), Optional.empty(), who.platform().equals("console")),
                command, List.of(), Optional.empty()));
    }

    private void minutesFile(Context ctx, Visit v) {
        send(ctx, v, views.minutesFile(v, id(ctx.pathParam("meeting")), ctx.pathParam("format")));
    }

    private void send(Context ctx, Visit v, Optional<Views.MinutesFile> file) {
        if (file.isEmpty()) {
            notFound(ctx, v.t());
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.get().name() + "\"")
                .contentType(file.get().contentType()).result(file.get().content());
    }

    // ---- rendering ----

    void render(Context ctx, String template, Visit v, Map<String, Object> model) {
        page(ctx, template, v.t(), v.session(), Optional.of(v.group()), model);
    }

    void page(Context ctx, String template, Texts t, WebSessions.Session session, Optional<Group> group,
                      Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("t", new PageTexts(t));
        all.put("lang", t.lang().code());
        all.put("user", session.claims().name());
        all.put("csrf", session.csrf());
        all.put("group", group.map(g -> (Object) Map.of("id", g.scope().groupId(), "name", g.name())).orElse(""));
        all.put("page", template);
        all.putIfAbsent("here", ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        all.put("thisYear", clock.instant().atZone(group.map(Group::zone).orElse(java.time.ZoneOffset.UTC)).getYear());
        all.putIfAbsent("title", group.map(Group::name).orElse(t.get("page.homeTitle")));
        html(ctx, 200, template, all);
    }

    void message(Context ctx, int status, Texts t, String titleKey, String textKey) {
        message(ctx, status, t, t.get(titleKey), t.get(textKey), Map.of());
    }

    /** A page with a title and a text (and whatever else its model adds), outside any group. */
    void message(Context ctx, int status, Texts t, String title, String text, Map<String, Object> more) {
        Map<String, Object> model = new HashMap<>(more);
        model.putIfAbsent("kept", List.of());
        model.put("t", new PageTexts(t));
        model.put("lang", t.lang().code());
        model.put("title", title);
        model.put("text", text);
        model.put("page", "message");
        model.put("group", "");
        model.put("user", "");
        model.put("csrf", "");
        model.put("here", "");
        html(ctx, status, "message", model);
    }

    /**
     * A failure of ours while a page was made: a page in the bot's language with the incident id the log has (the
     * session's language may be what could not be read), never the details.
     */
    public void failed(Context ctx, String incident) {
        Texts t = Texts.of(defaultLang);
        message(ctx, 500, t, t.get("page.failedTitle"), t.get("page.failed", incident), Map.of());
    }

    void notFound(Context ctx, Texts t) {
        message(ctx, 404, t, "page.notFoundTitle", "page.notFound");
    }

    void html(Context ctx, int status, String template, Map<String, Object> model) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            StringWriter out = new StringWriter();
            compiled.evaluate(out, model);
            ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- small things ----

    private String cookie(String value, long maxAge) {
        return COOKIE + "=" + value + "; Path=/web; HttpOnly; SameSite=Lax; Max-Age=" + maxAge + (secureCookies ? "; Secure" : "");
    }

    static void log(String message, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, message, e);
    }
}
