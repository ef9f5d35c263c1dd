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
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer"); // a link's token never leaves in a Referer
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", CSP);
        String path = ctx.path();
        if (path.equals("/web") || path.startsWith("/web/")) ctx.header("Cache-Control", "no-store");
    }
}
