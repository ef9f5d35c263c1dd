package se.samverka.core.domain;

import java.util.Locale;
import java.util.Optional;

/** A member's role in the group. Chair and secretary manage the roster and the meetings. */
public enum Role {
    CHAIR, SECRETARY, MEMBER,
    /** Someone who took part (found in imported minutes) without being a member: named in minutes, owns items. */
    GUEST;

    public boolean manages() {
        return this == CHAIR || this == SECRETARY;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a role word in Swedish or English. */
    public static Optional<Role> parse(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "ordförande", "ordf", "ordf.", "chair", "chairperson", "chairman", "chairwoman" -> Optional.of(CHAIR);
            case "sekreterare", "sekr", "sekr.", "secretary" -> Optional.of(SECRETARY);
            case "medlem", "ledamot", "member" -> Optional.of(MEMBER);
            default -> Optional.empty();
        };
    }

    /**
     * A role written where a person is meant, as in an action item's owner: "ordföranden", "sekreteraren", "the
     * chair", "the secretary" (and the bare and short forms). Only the chair and the secretary are one person.
     */
    public static Optional<Role> holderWord(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^(?:the|our|vår|vår egen) ", "");
        return switch (p) {
            case "ordföranden", "ordförande", "ordf", "ordf.", "chair", "chairperson", "chairman", "chairwoman" -> Optional.of(CHAIR);
            case "sekreteraren", "sekreterare", "sekr", "sekr.", "secretary" -> Optional.of(SECRETARY);
            default -> Optional.empty();
        };
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
