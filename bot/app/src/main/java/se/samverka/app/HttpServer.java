package se.samverka.app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.config.ConfigLoader;
import se.samverka.config.SamverkaConfig;
import se.samverka.integrations.HttpResult;
import se.samverka.integrations.slack.SlackAdapter;
import se.samverka.web.SecurityHeaders;

/** The HTTP side: health, the calendar feeds, the web pages, and the Slack and Teams endpoints when configured. */
final class HttpServer {
    static final String SLACK_PATH = "/slack/events";
    static final String TEAMS_PATH = "/api/messages";

    private HttpServer() {}

    /** The server, listening on the configured address ({@code SAMVERKA_BIND}) and port. */
    static Javalin start(Samverka samverka, SamverkaConfig config) {
        Javalin app = create(samverka);
        try {
            return app.start(config.bind(), config.port());
        } catch (JavalinBindException e) {
            app.stop();
            throw new CannotListen(config.bind(), config.port(), e);
        }
    }

    /**
     * The server could not listen where the configuration says: the address is not one of this machine's, or the
     * port is taken (or needs rights the bot has not). Said in words for whoever starts the bot, not as a stack trace.
     */
    static final class CannotListen extends RuntimeException {
        CannotListen(String bind, int port, Throwable cause) {
            super(message(bind, port, cause), cause);
        }

        private static String message(String bind, int port, Throwable cause) {
            String start = "Samverka cannot listen on " + bind + " port " + port + ": ";
            if (!ofThisMachine(bind)) {
                return start + bind + " is not an address of this machine. Set " + ConfigLoader.BIND + " to one of its"
                        + " addresses: 0.0.0.0 (every interface) or 127.0.0.1 (this machine only, behind a reverse proxy).";
            }
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException b && b.getMessage() != null
                        && b.getMessage().toLowerCase(java.util.Locale.ROOT).contains("permission")) {
                    return start + "this user may not open a port under 1024. Use a higher one (" + ConfigLoader.PORT
                            + " or --port, e.g. 7070) behind a reverse proxy.";
                }
            }
            return start + "the port is already in use — by another program, or by another Samverka. Stop it, or choose"
                    + " another port with " + ConfigLoader.PORT + " or --port.";
        }

        private static boolean ofThisMachine(String bind) {
            try {
                InetAddress address = InetAddress.getByName(bind);
                return address.isAnyLocalAddress() || address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
            } catch (IOException e) {
                return false;
            }
        }
    }

    static Javalin create(Samverka samverka) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
            config.jetty.modifyServer(server -> server.setErrorHandler(new Unreadable()));
        });
        app.before(SecurityHeaders::apply); // every response: the web pages (/web with or without a slash), the feed, errors
        app.get("/health", ctx -> health(samverka, ctx));
        app.get("/ready", ctx -> ready(samverka, ctx));
        app.get("/calendar/{group}/{file}", ctx -> { // the group's calendar feed; a wrong group or secret is 404
            String file = ctx.pathParam("file");
            Optional<String> feed = Optional.empty();
            if (file.endsWith(".ics") && ctx.pathParam("group").matches("\\d{1,12}")) {
                feed = samverka.assistant().feed(Long.parseLong(ctx.pathParam("group")), file.substring(0, file.length() - 4));
            }
            if (feed.isEmpty()) {
                ctx.status(404).contentType("text/plain").result("No such calendar.");
                return;
            }
            ctx.contentType("text/calendar; charset=utf-8").header("Cache-Control", "private, max-age=300").result(feed.get());
        });
        samverka.web().mount(app);
        samverka.info().mount(app); // /privacy and /terms, which the Teams app package links to
        samverka.slack().ifPresent(slack -> app.post(SLACK_PATH, ctx -> slack(slack, ctx)));
        samverka.teams().ifPresent(teams -> app.post(TEAMS_PATH, ctx -> {
            HttpResult result = teams.handle(Optional.ofNullable(ctx.header("Authorization")),
                    new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
            ctx.status(result.status()).contentType(result.contentType()).result(result.body());
        }));
        app.exception(Exception.class, (e, ctx) -> {
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            org.slf4j.LoggerFactory.getLogger(HttpServer.class).error("request failed: {} {} incident={}", ctx.method(), ctx.path(),
                    incident, e);
            if (ctx.path().equals("/web") || ctx.path().startsWith("/web/")) { // a person reads it: a page, with the id
                try {
                    samverka.web().failed(ctx, incident);
                    return;
                } catch (RuntimeException pageFailed) {
                    org.slf4j.LoggerFactory.getLogger(HttpServer.class).error("the error page failed too", pageFailed);
                }
            }
            ctx.status(500).contentType("application/json").result("{\"status\":\"error\",\"incident\":\"" + incident + "\"}");
        });
        return app;
    }

    /**
     * A request Jetty refuses before any route sees it (an address over 8 KB, a malformed one): the same security
     * headers as every other answer, and a short text in both languages instead of Jetty's "Bad Message 414".
     */
    static final class Unreadable extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        public java.nio.ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
            SecurityHeaders.apply(fields::put);
            fields.put("Cache-Control", "no-store");
            fields.put("Content-Type", "text/plain; charset=utf-8");
            String text = status == 414 || status == 431
                    ? "Adressen är för lång för att läsas. / The address is too long to be read."
                    : "Förfrågan gick inte att läsa — kontrollera adressen. / The request could not be read — check the address.";
            return java.nio.ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Which database, whether it answers now (503 when not), and what is connected. The place of the database is
     * {@link se.samverka.storage.Database#describe}: the file, or the server and user, never a password.
     */
    private static void health(Samverka samverka, Context ctx) {
        var database = samverka.database();
        boolean reachable = database.reachable();
        String db = "\"database\":{\"kind\":\"" + database.kind().name().toLowerCase(java.util.Locale.ROOT)
                + "\",\"at\":" + json(database.describe()) + ",\"reachable\":" + reachable + "}";
        if (!reachable) {
            ctx.status(503).contentType("application/json").result("{\"status\":\"unavailable\"," + db + "}");
            return;
        }
        var store = samverka.store();
        boolean empty = store.transactions().read(() -> store.groups().isEmpty());
        ctx.contentType("application/json").result("{\"status\":\"ok\"," + db + ",\"groups\":" + !empty
                + ",\"slack\":" + samverka.slack().isPresent() + ",\"teams\":" + samverka.teams().isPresent()
                + ",\"calendar\":" + samverka.calendar().isPresent() + "}");
    }

    /**
     * For a load balancer: 200 once the bot has started (migrated, the inbox taken up, the scheduler running) and
     * while its database answers; 503 before that and whenever the database does not answer, so it is skipped.
     */
    private static void ready(Samverka samverka, Context ctx) {
        String status = !samverka.started() ? "starting" : samverka.database().reachable() ? "ready" : "unavailable";
        ctx.status(status.equals("ready") ? 200 : 503).header("Cache-Control", "no-store")
                .contentType("application/json").result("{\"status\":\"" + status + "\"}");
    }

    /** A JSON string. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    /** Hands the raw request to the Slack adapter: Bolt checks the signature over exactly these bytes. */
    private static void slack(SlackAdapter slack, Context ctx) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        HttpResult result = slack.handle(ctx.path(), ctx.queryParamMap(), headers,
                new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8), ctx.ip());
        ctx.status(result.status()).contentType(result.contentType()).result(result.body());
    }
}
