package se.samverka.integrations.teams;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/**
 * The Teams app package (upload it in Teams → Apps → Manage your apps → Upload an app, or in the Teams admin
 * center): manifest.json (schema 1.17) with the bot, its scopes and command menus in Swedish, en-us.json with the
 * same in English, and two icons drawn here (192×192 in colour, 32×32 white outline on transparent).
 */
public final class TeamsManifest {
    public static final String SCHEMA_VERSION = "1.17";
    static final int COLOR_SIZE = 192;
    static final int OUTLINE_SIZE = 32;
    static final String ACCENT = "#1D4F6E";
    /** The commands in the menu (Teams shows at most 10 per scope). */
    static final List<Verb> MENU = List.of(Verb.HELP, Verb.AGENDA, Verb.AGENDA_ADD, Verb.DECISION, Verb.ACTION,
            Verb.ACTIONS, Verb.DONE, Verb.MEETINGS, Verb.ABSENT, Verb.MINUTES);
    static final List<String> SCOPES = List.of("team", "groupChat", "personal");

    private TeamsManifest() {}

    /** The package as the bytes of a zip file. */
    public static byte[] zip(String appId, URI base) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.json", json(manifest(appId, base)));
            put(zip, "en-us.json", json(localization(Lang.EN)));
            put(zip, "color.png", png(icon(COLOR_SIZE, false)));
            put(zip, "outline.png", png(icon(OUTLINE_SIZE, true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static JsonObject manifest(String appId, URI base) {
        Texts sv = Texts.of(Lang.SV);
        JsonObject m = new JsonObject();
        m.addProperty("$schema", "https://developer.microsoft.com/json-schemas/teams/v" + SCHEMA_VERSION
                + "/MicrosoftTeams.schema.json");
        m.addProperty("manifestVersion", SCHEMA_VERSION);
        m.addProperty("version", "1.0.0");
        m.addProperty("id", appId);
        String site = base.toString().replaceAll("/+$", "");
        JsonObject developer = new JsonObject();
        developer.addProperty("name", "Samverka");
        developer.addProperty("websiteUrl", site);
        developer.addProperty("privacyUrl", site + "/privacy");
        developer.addProperty("termsOfUseUrl", site + "/terms");
        m.add("developer", developer);
        m.add("name", keyed(names(Lang.SV), "name."));
        m.add("description", keyed(names(Lang.SV), "description."));
        JsonObject icons = new JsonObject();
        icons.addProperty("color", "color.png");
        icons.addProperty("outline", "outline.png");
        m.add("icons", icons);
        m.addProperty("accentColor", ACCENT);
        JsonObject bot = new JsonObject();
        bot.addProperty("botId", appId);
        JsonArray scopes = new JsonArray();
        SCOPES.forEach(scopes::add);
        bot.add("scopes", scopes);
        bot.addProperty("supportsFiles", true); // minutes sent to the bot in a chat are imported
        bot.addProperty("isNotificationOnly", false);
        JsonArray lists = new JsonArray();
        JsonObject list = new JsonObject();
        list.add("scopes", scopes.deepCopy());
        JsonArray commands = new JsonArray();
        for (Verb verb : MENU) {
            JsonObject c = new JsonObject();
            c.addProperty("title", title(verb, Lang.SV));
            c.addProperty("description", description(verb, sv));
            commands.add(c);
        }
        list.add("commands", commands);
        lists.add(list);
        bot.add("commandLists", lists);
        JsonArray bots = new JsonArray();
        bots.add(bot);
        m.add("bots", bots);
        JsonArray permissions = new JsonArray();
        permissions.add("identity");
        permissions.add("messageTeamMembers");
        m.add("permissions", permissions);
        JsonArray domains = new JsonArray();
        domains.add(base.getHost());
        m.add("validDomains", domains);
        JsonObject localization = new JsonObject();
        localization.addProperty("defaultLanguageTag", "sv-se");
        JsonArray additional = new JsonArray();
        JsonObject en = new JsonObject();
        en.addProperty("languageTag", "en-us");
        en.addProperty("file", "en-us.json");
        additional.add(en);
        localization.add("additionalLanguages", additional);
        m.add("localizationInfo", localization);
        return m;
    }

    /** The English texts, keyed by their place in the manifest. */
    static JsonObject localization(Lang lang) {
        Texts t = Texts.of(lang);
        JsonObject l = new JsonObject();
        l.addProperty("$schema", "https://developer.microsoft.com/json-schemas/teams/v" + SCHEMA_VERSION
                + "/MicrosoftTeams.Localization.schema.json");
        names(lang).forEach(l::addProperty);
        for (int i = 0; i < MENU.size(); i++) {
            l.addProperty("bots[0].commandLists[0].commands[" + i + "].title", title(MENU.get(i), lang));
            l.addProperty("bots[0].commandLists[0].commands[" + i + "].description", description(MENU.get(i), t));
        }
        return l;
    }

    private static Map<String, String> names(Lang lang) {
        Map<String, String> n = new LinkedHashMap<>();
        boolean en = lang == Lang.EN;
        n.put("name.short", "Samverka");
        n.put("name.full", en ? "Samverka – meeting assistant for working groups"
                : "Samverka – mötesassistent för strategiska grupper");
        n.put("description.short", en ? "Meetings, agenda, decisions and action items for working groups"
                : "Möten, dagordning, beslut och åtgärder för strategiska grupper");
        n.put("description.full", en
                ? "Samverka runs the cycle of a cross-organisation working group in its channel: it books meetings and"
                + " invites everyone in Outlook, collects agenda items, records decisions and action items from chat,"
                + " collects the round-the-table and writes the minutes. Write @Samverka help to start."
                : "Samverka sköter en strategisk grupps mötescykel i kanalen: bokar möten och bjuder in alla i Outlook,"
                + " samlar punkter till dagordningen, antecknar beslut och åtgärder från chatten, samlar laget runt och"
                + " skriver minnesanteckningarna. Skriv @Samverka hjälp för att börja.");
        return n;
    }

    private static JsonObject keyed(Map<String, String> texts, String prefix) {
        JsonObject o = new JsonObject();
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix)) o.addProperty(k.substring(prefix.length()), v);
        });
        return o;
    }

    static String title(Verb verb, Lang lang) {
        String word = verb.word(lang);
        return word.length() <= 32 ? word : word.substring(0, 32);
    }

    static String description(Verb verb, Texts t) {
        String d = t.get(verb.key() + ".desc");
        return d.length() <= 128 ? d : d.substring(0, 127) + "…";
    }

    /** Three overlapping rings (organisations working together): filled on the accent colour, or white lines. */
    static BufferedImage icon(int size, boolean outline) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color white = Color.WHITE;
            if (!outline) {
                g.setColor(Color.decode(ACCENT));
                g.fill(new RoundRectangle2D.Double(0, 0, size, size, size / 4.0, size / 4.0));
            }
            g.setColor(white);
            g.setStroke(new BasicStroke(Math.max(2f, size / 24f)));
            double r = size * 0.22;
            double cx = size / 2.0;
            double cy = size / 2.0;
            double[][] centres = {{cx, cy - r * 0.6}, {cx - r * 0.7, cy + r * 0.5}, {cx + r * 0.7, cy + r * 0.5}};
            for (double[] c : centres) g.draw(new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String json(JsonObject o) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        put(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same input gives the same package
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
