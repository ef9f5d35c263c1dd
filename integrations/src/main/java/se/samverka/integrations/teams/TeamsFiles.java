package se.samverka.integrations.teams;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import se.samverka.core.chat.SharedFile;
import se.samverka.core.chat.SharedFile.Unavailable;
import se.samverka.integrations.CappedBody;

/**
 * Files sent to the bot in a Teams personal chat (minutes to import): the {@code file.download.info} attachment and
 * its download. Its {@code downloadUrl} is pre-authenticated and short-lived, so nothing is sent with it — no token,
 * no cookie. It is fetched only over https from a host that is not loopback, private or link-local by its name or
 * address literal nor by any address its name resolves to (or from the one {@code TEAMS_FILES_URL} prefix, for
 * tests), each redirect is checked by the same
 * rule before it is followed (at most {@link #MAX_REDIRECTS}), the body is given up as soon as it passes the cap, and
 * all of it must be done within {@link #TIMEOUT}.
 */
final class TeamsFiles {
    private static final System.Logger LOG = System.getLogger(TeamsFiles.class.getName());
    static final String FILE_INFO = "application/vnd.microsoft.teams.file.download.info";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_REDIRECTS = 3;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** A file as the attachment gives it: its name (with Teams' fileType when the name has none) and download URL. */
    record Shared(String name, String url) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Optional<URI> allowed;

    /** {@code allowed}: besides public https hosts, the one address prefix files may come from (tests' fake). */
    TeamsFiles(Optional<URI> allowed) {
        this.allowed = allowed;
    }

    /** The first file sent with a message, if any. */
    static Optional<Shared> of(JsonObject activity) {
        if (!activity.has("attachments") || !activity.get("attachments").isJsonArray()) return Optional.empty();
        for (JsonElement a : activity.getAsJsonArray("attachments")) {
            if (!a.isJsonObject() || !FILE_INFO.equals(TeamsAdapter.string(a.getAsJsonObject(), "contentType"))) continue;
            JsonObject content = TeamsAdapter.object(a.getAsJsonObject(), "content");
            String name = TeamsAdapter.string(a.getAsJsonObject(), "name").strip();
            String type = TeamsAdapter.string(content, "fileType").strip();
            if (!name.contains(".") && type.matches("[A-Za-z0-9]{1,8}")) name = name + "." + type;
            return Optional.of(new Shared(name, TeamsAdapter.string(content, "downloadUrl")));
        }
        return Optional.empty();
    }

    /** The file for the core, downloaded when (and only if) the core reads it; Teams does not give its size. */
    SharedFile fetchable(Shared shared) {
        return SharedFile.later(shared.name(), OptionalLong.empty(), maxBytes -> download(shared.url(), maxBytes));
    }

    /** Whether a file may be fetched from this address: https on port 443 of a public-looking host, or the prefix. */
    boolean trusted(URI uri) {
        if (uri.getHost() == null || uri.getRawUserInfo() != null) return false;
        if (allowed.isPresent() && underAllowed(uri, allowed.get())) return true;
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        return "https".equals(uri.getScheme()) && port == 443 && !local(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static boolean underAllowed(URI uri, URI prefix) {
        return uri.getScheme().equals(prefix.getScheme()) && uri.getHost().equalsIgnoreCase(prefix.getHost())
                && uri.getPort() == prefix.getPort() && uri.getRawPath() != null
                && uri.getRawPath().startsWith(prefix.getRawPath() == null ? "" : prefix.getRawPath());
    }

    /** Loopback, unspecified, private or link-local by name or literal address (no DNS look-up is made here). */
    static boolean local(String name) {
        String host = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")) return true;
        if (host.startsWith("[")) { // IPv6 literal
            String a = host.substring(1, host.length() - 1);
            return a.equals("::1") || a.equals("::") || a.startsWith("fc") || a.startsWith("fd") || a.startsWith("fe8")
                    || a.startsWith("fe9") || a.startsWith("fea") || a.startsWith("feb") || a.startsWith("::ffff:");
        }
        String last = host.substring(host.lastIndexOf('.') + 1);
        if (!IPV4.matcher(host).matches()) return last.matches("[0-9]+|0x[0-9a-f]*"); // 2130706433, 0x7f.1: not a name
        String[] p = host.split("\\.");
        int a = Integer.parseInt(p[0]);
        int b = Integer.parseInt(p[1]);
        return a == 127 || a == 0 || a == 10 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 168) || (a == 100 && b >= 64 && b <= 127);
    }

    /** An address a file is never fetched from: loopback, unspecified, private, link-local, shared (CGNAT), multicast. */
    static boolean local(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) return true;
        byte[] b = address.getAddress();
        if (b.length == 16) return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        return (b[0] & 0xff) == 0 || ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64);
    }

    /** Whether a public-looking host's name resolves to a local address (an internal name, a DNS trick). */
    private boolean resolvesLocal(URI uri) throws Unavailable {
        if (allowed.isPresent() && underAllowed(uri, allowed.get())) return false;
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (local(address)) return true;
            }
            return false;
        } catch (UnknownHostException e) {
            LOG.log(System.Logger.Level.WARNING, "shared file not fetched: unknown host " + uri.getHost());
            throw new Unavailable(Unavailable.Why.FAILED, "unknown host");
        }
    }

    private byte[] download(String url, int maxBytes) throws Unavailable {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        URI uri = address(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!trusted(uri) || resolvesLocal(uri)) {
                LOG.log(System.Logger.Level.WARNING, "shared file not fetched: " + uri.getScheme() + "://" + uri.getHost()
                        + " is not an https address of a public host");
                throw new Unavailable(Unavailable.Why.ELSEWHERE, "not an address files are fetched from");
            }
            HttpResponse<byte[]> response = fetch(uri, maxBytes, deadline);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                uri = address(uri.resolve(location.get().strip()).toString()); // checked at the top of the loop
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status != 200 || type.startsWith("text/html")) { // expired link: an error or a sign-in page
                LOG.log(System.Logger.Level.WARNING, "shared file not fetched: HTTP " + status + " " + type);
                throw new Unavailable(Unavailable.Why.FAILED, "HTTP " + status);
            }
            return response.body();
        }
        LOG.log(System.Logger.Level.WARNING, "shared file not fetched: more than " + MAX_REDIRECTS + " redirects");
        throw new Unavailable(Unavailable.Why.FAILED, "too many redirects");
    }

    private static URI address(String url) throws Unavailable {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null) throw new IllegalArgumentException("no scheme");
            return uri;
        } catch (IllegalArgumentException e) {
            throw new Unavailable(Unavailable.Why.ELSEWHERE, "not an address: " + url);
        }
    }

    private HttpResponse<byte[]> fetch(URI uri, int maxBytes, long deadline) throws Unavailable {
        long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(left)).GET().build();
        return CappedBody.fetch(http, request, left, maxBytes);
    }
}
