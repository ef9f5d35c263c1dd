package se.samverka.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/**
 * The pages the Teams app package links to, {@code /privacy} and {@code /terms}: a redirect to the organisation's own
 * page when one is configured ({@code SAMVERKA_PRIVACY_URL}, {@code SAMVERKA_TERMS_URL}), else a built-in page in
 * the bot's language followed by the other one. Open to anyone, with no session and nothing from the database.
 */
public final class InfoPages {
    static final String PRIVACY = "/privacy";
    static final String TERMS = "/terms";

    private record Page(String path, Optional<URI> elsewhere, String title, List<String> paragraphs) {}

    private final List<Page> pages;
    private final Lang lang;
    private final PebbleEngine engine = Templates.engine();

    public InfoPages(Optional<URI> privacyUrl, Optional<URI> termsUrl, Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.pages = List.of(
                new Page(PRIVACY, privacyUrl, "page.privacyTitle",
                        List.of("page.privacyWho", "page.privacyWhat", "page.privacyWhere", "page.privacyRights")),
                new Page(TERMS, termsUrl, "page.termsTitle", List.of("page.termsUse", "page.termsContent", "page.termsAsIs")));
    }

    public void mount(Javalin app) {
        for (Page page : pages) app.get(page.path(), ctx -> show(ctx, page));
    }

    private void show(Context ctx, Page page) {
        if (page.elsewhere().isPresent()) {
            ctx.redirect(page.elsewhere().get().toString(), HttpStatus.FOUND);
            return;
        }
        Texts t = Texts.of(lang);
        List<Map<String, Object>> sections = List.of(lang, lang == Lang.SV ? Lang.EN : Lang.SV).stream()
                .map(Texts::of).map(in -> Map.<String, Object>of("lang", in.lang().code(), "title", in.get(page.title()),
                        "paragraphs", page.paragraphs().stream().map(in::get).toList()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("t", new PageTexts(t));
        model.put("lang", t.lang().code());
        model.put("title", t.get(page.title()));
        model.put("sections", sections);
        model.put("page", "info");
        model.put("group", "");
        model.put("user", "");
        model.put("csrf", "");
        model.put("here", "");
        try {
            StringWriter out = new StringWriter();
            engine.getTemplate("info").evaluate(out, model);
            ctx.contentType("text/html; charset=utf-8").result(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
