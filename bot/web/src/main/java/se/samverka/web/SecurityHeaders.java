package se.samverka.web;

import io.javalin.http.Context;

/**
 * The browser-safety headers, set on every response of the bot's server before any route runs — so a page, a
 * redirect, a 404, a download or the calendar feed cannot be served without them, whatever address it was asked by
 * ({@code /web} and {@code /web/} alike). The web pages are also never cached; a route may set its own Cache-Control.
 */
public final class SecurityHeaders {
    static final String CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {}

    /** For {@code app.before(SecurityHeaders::apply)}. */
    public static void apply(Context ctx) {
        apply(ctx::header);
        String path = ctx.path();
        if (path.equals("/web") || path.startsWith("/web/")) ctx.header("Cache-Control", "no-store");
    }

    /** The headers every answer carries, for answers made before any route (a request the server cannot read). */
    public static void apply(java.util.function.BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer"); // a link's token never leaves in a Referer
        header.accept("X-Frame-Options", "DENY");
        header.accept("Content-Security-Policy", CSP);
    }
}
