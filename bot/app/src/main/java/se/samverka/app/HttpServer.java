package se.samverka.app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverka.integrations.slack.SlackAdapter;

/** The HTTP side: health, and Slack's endpoint when Slack is configured; Teams and the web pages plug in here. */
final class HttpServer {
    static final String SLACK_PATH = "/slack/events";

    private HttpServer() {}

    static Javalin create(Samverka samverka) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
        });
        app.get("/health", ctx -> {
            var store = samverka.store();
            boolean empty = store.transactions().inTransaction(() -> store.groups().isEmpty(), r -> true);
            boolean slack = samverka.slack().isPresent();
            ctx.contentType("application/json").result("{\"status\":\"ok\",\"groups\":" + !empty
                    + ",\"slack\":" + slack + "}");
        });
        samverka.slack().ifPresent(slack -> app.post(SLACK_PATH, ctx -> slack(slack, ctx)));
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
        SlackAdapter.HttpResult result = slack.handle(ctx.path(), ctx.queryParamMap(), headers,
                new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8), ctx.ip());
        ctx.status(result.status()).contentType(result.contentType()).result(result.body());
    }
}
