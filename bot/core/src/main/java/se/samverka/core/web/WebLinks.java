package se.samverka.core.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;

/**
 * Personal links to the web pages: who (a chat user on a platform), which groups, until when — signed with
 * HMAC-SHA256 under the deployment's secret. A link that was altered, signed with another key or has expired is
 * refused; nothing in it is trusted before the signature is checked.
 */
public final class WebLinks {
    /** How long a link from {@code webb} can be opened. */
    public static final Duration LINK_LIFETIME = Duration.ofHours(1);
    private static final String VERSION = "v2";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;

    public WebLinks(byte[] secret) {
        if (Objects.requireNonNull(secret, "secret").length < 32) throw new IllegalArgumentException("a web secret needs 32 bytes or more");
        this.secret = secret.clone();
    }

    /** Who a link or a session is for, in which language they asked, and for which groups. */
    public record Claims(String platform, String workspace, String userId, String name, Lang lang, List<GroupScope> groups,
                         Instant expires) {
        public Claims {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(lang, "lang");
            groups = List.copyOf(groups);
            Objects.requireNonNull(expires, "expires");
        }

        public boolean maySee(GroupScope group) {
            return groups.contains(group);
        }

        public Optional<GroupScope> group(long groupId) {
            return groups.stream().filter(g -> g.groupId() == groupId).findFirst();
        }

        public Claims in(Lang other) {
            return new Claims(platform, workspace, userId, name, other, groups, expires);
        }
    }

    /** Groups as text, "workspace:group,…" — in a link and in a stored session. */
    public static String groupsText(List<GroupScope> groups) {
        StringBuilder text = new StringBuilder();
        for (GroupScope g : groups) {
            if (!text.isEmpty()) text.append(',');
            text.append(g.workspaceId()).append(':').append(g.groupId());
        }
        return text.toString();
    }

    /** The groups of {@link #groupsText}; IllegalArgumentException for anything else. */
    public static List<GroupScope> groupsOf(String text) {
        List<GroupScope> groups = new ArrayList<>();
        for (String g : text.isEmpty() ? new String[0] : text.split(",")) {
            String[] ids = g.split(":");
            if (ids.length != 2) throw new IllegalArgumentException("not a group: " + g);
            groups.add(new GroupScope(Long.parseLong(ids[0]), Long.parseLong(ids[1])));
        }
        return groups;
    }

    public String sign(Claims claims) {
        String groups = groupsText(claims.groups());
        String payload = String.join("|", VERSION, String.valueOf(claims.expires().getEpochSecond()), enc(claims.platform()),
                enc(claims.workspace()), enc(claims.userId()), enc(claims.name()), claims.lang().code(), groups);
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The claims of a genuine link that has not expired; empty for anything else. */
    public Optional<Claims> verify(String token, Instant now) {
        if (token == null || token.length() > 4096) return Optional.empty();
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) return Optional.empty();
        try {
            byte[] payload = B64D.decode(token.substring(0, dot));
            byte[] signature = B64D.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) return Optional.empty();
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 8 || !parts[0].equals(VERSION)) return Optional.empty();
            Optional<Lang> lang = Lang.fromCode(parts[6]);
            if (lang.isEmpty()) return Optional.empty();
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            if (!now.isBefore(expires)) return Optional.empty();
            List<GroupScope> groups = groupsOf(parts[7]);
            return Optional.of(new Claims(dec(parts[2]), dec(parts[3]), dec(parts[4]), dec(parts[5]), lang.get(), groups, expires));
        } catch (IllegalArgumentException malformed) { // bad base64, numbers or encoding: not a link of ours
            return Optional.empty();
        }
    }

    /** What a review link from {@code protokoll klart} is for: who, and which meeting's version of the minutes. */
    public record Review(Claims claims, long meetingId, int version) {}

    /**
     * A review link's token: the personal link's token with the meeting and the version, all signed again, so that
     * none of them can be changed and neither kind of token passes for the other.
     */
    public String signReview(Claims claims, long meetingId, int version) {
        String tail = sign(claims) + "." + meetingId + "." + version;
        return tail + "." + B64.encodeToString(mac(("review|" + tail).getBytes(StandardCharsets.UTF_8)));
    }

    /** The review of a genuine review link that has not expired; empty for anything else. */
    public Optional<Review> verifyReview(String token, Instant now) {
        if (token == null || token.length() > 4096) return Optional.empty();
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5 || !parts[2].matches("\\d{1,12}") || !parts[3].matches("\\d{1,6}")) return Optional.empty();
        String tail = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        try {
            byte[] signature = B64D.decode(parts[4]);
            if (!MessageDigest.isEqual(mac(("review|" + tail).getBytes(StandardCharsets.UTF_8)), signature)) return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return verify(parts[0] + "." + parts[1], now)
                .map(claims -> new Review(claims, Long.parseLong(parts[2]), Integer.parseInt(parts[3])));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
