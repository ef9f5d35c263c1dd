package se.samverka.integrations.slack;

import com.google.gson.JsonObject;
import com.slack.api.model.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import se.samverka.core.chat.SharedFile;
import se.samverka.core.chat.SharedFile.Unavailable;
import se.samverka.integrations.CappedBody;

/**
 * Files shared with the bot in Slack (minutes to import): what an event says of a file, kept in the inbox, and its
 * download with the bot token as {@code Authorization: Bearer}. The token goes only where the bot's Web API calls go
 * already: the scheme, host and port of {@code SLACK_API_URL}, and over https its subdomains (https://slack.com/api/
 * by default, so slack.com and files.slack.com; slack-gov.com and files.slack-gov.com on GovSlack; the local fake in
 * tests). Any other address is not asked at all, a redirect is not followed, the download stops as soon as it passes
 * the cap (not after reading it whole), and all of it must be done within {@link #TIMEOUT}.
 */
final class SlackFiles {
    private static final System.Logger LOG = System.getLogger(SlackFiles.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A shared file as the event gave it: its id, name, the size Slack says (-1: not said) and its private URL. */
    record Shared(String id, String name, long size, String url) {
        Shared {
            id = Objects.requireNonNullElse(id, "");
            name = Objects.requireNonNullElse(name, "");
            url = Objects.requireNonNullElse(url, "");
        }

        JsonObject json() {
            JsonObject o = new JsonObject();
            o.addProperty("id", id);
            o.addProperty("name", name);
            o.addProperty("size", size);
            o.addProperty("url", url);
            return o;
        }

        static Shared read(JsonObject o) {
            return new Shared(o.get("id").getAsString(), o.get("name").getAsString(), o.get("size").getAsLong(),
                    o.get("url").getAsString());
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String token;
    private final URI api;

    SlackFiles(String token, URI api) {
        this.token = Objects.requireNonNull(token, "token");
        this.api = Objects.requireNonNull(api, "api");
    }

    /** The files of a message, whatever Slack tells of each (an external file's address is not Slack's). */
    static List<Shared> of(List<File> files) {
        List<Shared> shared = new ArrayList<>();
        if (files == null) return shared;
        for (File f : files) {
            String url = f.getUrlPrivateDownload() != null ? f.getUrlPrivateDownload() : f.getUrlPrivate();
            String name = f.getName() != null ? f.getName() : Objects.requireNonNullElse(f.getTitle(), "");
            shared.add(new Shared(f.getId(), name, f.getSize() == null ? -1 : f.getSize(), url));
        }
        return shared;
    }

    /** The file for the core, downloaded when (and only if) the core reads it. */
    SharedFile fetchable(Shared shared) {
        OptionalLong size = shared.size() < 0 ? OptionalLong.empty() : OptionalLong.of(shared.size());
        return SharedFile.later(shared.name(), size, maxBytes -> download(shared.url(), maxBytes));
    }

    /** Whether the bot token may be sent to this address: the Web API's own origin, or over https its subdomains. */
    boolean trusted(URI uri) {
        if (uri.getHost() == null || uri.getRawUserInfo() != null || api.getHost() == null) return false;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String apiHost = api.getHost().toLowerCase(Locale.ROOT);
        boolean sameScheme = Objects.equals(uri.getScheme(), api.getScheme());
        boolean sameOrigin = sameScheme && host.equals(apiHost) && port(uri) == port(api);
        boolean subdomain = "https".equals(uri.getScheme()) && sameScheme && host.endsWith("." + apiHost)
                && port(uri) == 443;
        return sameOrigin || subdomain;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) return uri.getPort();
        return "https".equals(uri.getScheme()) ? 443 : "http".equals(uri.getScheme()) ? 80 : -1;
    }

    private byte[] download(String url, int maxBytes) throws Unavailable {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new Unavailable(Unavailable.Why.ELSEWHERE, "not an address: " + url);
        }
        if (!trusted(uri)) {
            LOG.log(System.Logger.Level.WARNING, "shared file not fetched: " + uri.getScheme() + "://" + uri.getHost()
                    + " is not Slack's");
            throw new Unavailable(Unavailable.Why.ELSEWHERE, "not a Slack file address");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .GET().build();
        HttpResponse<byte[]> response = CappedBody.fetch(http, request, TIMEOUT.toMillis(), maxBytes);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || type.startsWith("text/html")) {
            // a redirect or Slack's sign-in page (a token without files:read gets one): not the file
            LOG.log(System.Logger.Level.WARNING, "shared file not fetched: HTTP " + response.statusCode() + " " + type);
            throw new Unavailable(Unavailable.Why.FAILED, "HTTP " + response.statusCode());
        }
        return response.body();
    }
}
