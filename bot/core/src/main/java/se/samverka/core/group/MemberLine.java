package se.samverka.core.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Role;

/**
 * Reads "Boel Abelson-Crossley, Region Halland, boel@example.se, ordförande", "Falkenberg: Tor Jacobsen",
 * "Tor Jacobsen (Falkenberg) tor@example.se sekreterare": a name, and optionally organisation, e-mail and role.
 */
public record MemberLine(String name, Optional<String> organisation, Optional<String> email, Optional<Role> role) {

    private static final Pattern EMAIL_LIKE = Pattern.compile("(?<![^\\s,;<>()@])[^\\s,;<>()@]+@[^\\s,;<>()]*");
    static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9.-]+\\.\\p{L}{2,}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'’-]*");

    /** The problem with a line, as a message key and the fragment it is about. */
    record Problem(String key, String fragment) {}

    /** Whether the text can be a member's name. */
    public static boolean validName(String name) {
        return !name.isEmpty() && name.length() <= 100 && NAME.matcher(name).matches();
    }

    /** The parsed line, or the first problem with it. */
    static Object parse(String text) {
        String rest = text.strip();
        Optional<String> email = Optional.empty();
        Matcher m = EMAIL_LIKE.matcher(rest);
        if (m.find()) {
            String candidate = m.group().replaceAll("^mailto:", "");
            if (!EMAIL.matcher(candidate).matches()) return new Problem("member.badEmail", m.group());
            email = Optional.of(candidate.toLowerCase(java.util.Locale.ROOT));
            rest = (rest.substring(0, m.start()) + rest.substring(m.end())).strip();
            if (EMAIL_LIKE.matcher(rest).find()) return new Problem("member.twoEmails", text.strip());
        }
        Optional<String> organisation = Optional.empty();
        int open = rest.indexOf('(');
        int close = open < 0 ? -1 : rest.indexOf(')', open);
        if (close > 0) { // the first "(…)": found with indexOf, as a pattern would try every "(" to the end (quadratic)
            organisation = Optional.of(rest.substring(open + 1, close).strip()).filter(s -> !s.isEmpty());
            rest = (rest.substring(0, open) + " " + rest.substring(close + 1)).strip();
        }
        List<String> parts = new ArrayList<>();
        for (String part : rest.split(",")) {
            if (!part.isBlank()) parts.add(part.strip().replaceAll("\\s+", " "));
        }
        Optional<Role> role = Optional.empty();
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            Optional<Role> whole = Role.parse(part);
            int space = part.lastIndexOf(' ');
            Optional<Role> lastWord = space > 0 ? Role.parse(part.substring(space + 1)) : Optional.empty();
            if (whole.isPresent()) {
                role = whole;
                parts.remove(i);
                break;
            }
            if (lastWord.isPresent() && parts.size() == 1) {
                role = lastWord;
                parts.set(i, part.substring(0, space).strip());
                break;
            }
        }
        if (parts.isEmpty()) return new Problem("member.noName", text.strip());
        String name = parts.get(0);
        int colon = name.indexOf(':');
        if (colon > 0) {
            if (organisation.isPresent()) return new Problem("member.twoOrganisations", text.strip());
            organisation = Optional.of(name.substring(0, colon).strip());
            name = name.substring(colon + 1).strip();
        }
        if (parts.size() > 2 || (parts.size() == 2 && organisation.isPresent())) {
            return new Problem("member.tooManyParts", text.strip());
        }
        if (parts.size() == 2) organisation = Optional.of(parts.get(1));
        if (name.startsWith("@")) name = name.substring(1);
        if (!validName(name)) {
            return new Problem("member.badName", name.isEmpty() ? text.strip() : name);
        }
        if (organisation.isPresent() && organisation.get().length() > 100) {
            return new Problem("member.badOrganisation", organisation.get());
        }
        return new MemberLine(name, organisation, email, role);
    }
}
