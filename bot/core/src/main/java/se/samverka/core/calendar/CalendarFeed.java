package se.samverka.core.calendar;

import java.security.SecureRandom;
import java.util.HexFormat;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Store;

/** The address of a group's calendar feed, with its secret (made the first time it is asked for). */
public final class CalendarFeed {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CalendarFeed() {}

    /** https://…/calendar/12/3f…9a.ics */
    public static String url(Store store, GroupScope group, String publicUrl) {
        String secret = store.groups().feedSecret(group, secret());
        return publicUrl + "/calendar/" + group.groupId() + "/" + secret + ".ics";
    }

    /** The same address as webcal://, for a calendar to subscribe to. */
    public static String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }

    /** A new 128-bit secret, as hex. */
    static String secret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
