package se.samverka.app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return create(samverka).start(config.bind(), config.port());
    }

    static Javalin create(Samverka samverka) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
        });
        app.before(SecurityHeaders::apply); // every response: the web pages (/web with or without a slash), the feed, errors
        app.get("/health", ctx -> {
            var store = samverka.store();
            boolean empty = store.transactions().inTransaction(() -> store.groups().isEmpty(), r -> true);
            ctx.contentType("application/json").result("{\"status\":\"ok\",\"groups\":" + !empty
                    + ",\"slack\":" + samverka.slack().isPresent() + ",\"teams\":" + samverka.teams().isPresent()
                    + ",\"calendar\":" + samverka.calendar().isPresent() + "}");
        });
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
            org.slf4j.LoggerFactory.getLogger(HttpServer.class).error("request failed: {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).contentType("application/json").result("{\"status\":\"error\"}");
        });
        return app;
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
