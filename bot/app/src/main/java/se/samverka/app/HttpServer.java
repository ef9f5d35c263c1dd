package se.samverka.app;

import io.javalin.Javalin;
import se.samverka.core.port.Store;

/** The HTTP side: health now; Slack, Teams and the web pages plug in here. */
final class HttpServer {
    private HttpServer() {}

    static Javalin create(Store store) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
        });
        app.get("/health", ctx -> {
            boolean empty = store.transactions().inTransaction(() -> store.groups().isEmpty(), r -> true);
            ctx.contentType("application/json").result("{\"status\":\"ok\",\"groups\":" + !empty + "}");
        });
        app.exception(Exception.class, (e, ctx) -> {
            org.slf4j.LoggerFactory.getLogger(HttpServer.class).error("request failed: {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).contentType("application/json").result("{\"status\":\"error\"}");
        });
        return app;
    }
}
