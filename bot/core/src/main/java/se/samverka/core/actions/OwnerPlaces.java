package se.samverka.core.actions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Role;
import se.samverka.core.group.Roster;

/**
 * Where an action item's owners stand in its text, the ways people write it in chat and in minutes: first ("Lovisa
 * och Tor bevakar …", "Ansvarig: Boel – boka lokal", "Anna to send the report", "Falkenberg tar fram …") or last
 * ("skicka underlaget till Anna, Tor ansvarar", "Förslag på sponsorpaket tas fram av Jyrki", "Boka lokal (Digg
 * bokar)", "Bjud in AF – DIGG", "Boka lokal, ansvarig: Boel", "send the report, owner Anna", "the report is written
 * by Anna"). The owner words are taken out of the task. A trailing shape applies only when the roster reads its owner
 * words whole (members, guests, organisations, "alla", "ordföranden"), so "till Anna" stays part of the task.
 */
final class OwnerPlaces {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String LABEL = "(?:ansvarig är|ansvariga är|ansvariga|ansvarig|ansvar|owners are|owner is|owners|owner"
            + "|responsible)";
    private static final String OWN = "(?<own>[^,;:()–—]+?)";
    private static final String END = "\\s*[.!]?$";
    private static final Pattern LEADING_LABEL = Pattern.compile("^" + LABEL + "\\s*:?\\s+(?<rest>.+)$", FLAGS);
    /** What may stand between leading owners and their task: "ska", "to", and the mark after a label's names. */
    private static final Pattern WILL = Pattern.compile("^(?:[:,–—-]\\s*)?(?:(?:ska|skall|kommer att|to|will|shall)\\s+)?", FLAGS);

    /** A trailing shape; {@code verb}: the owners may be followed by their verb ("(Digg bokar)"). */
    private record Shape(Pattern pattern, boolean verb) {}

    private static final List<Shape> TRAILING = List.of(
            new Shape(Pattern.compile("^(?<task>.+?)\\s*\\(\\s*(?:" + LABEL + "\\s*:?\\s*)?(?<own>[^()]+?)\\s*\\)" + END, FLAGS), true),
            new Shape(Pattern.compile("^(?<task>.+?)[,;.]?\\s+" + LABEL + "\\s*:?\\s+" + OWN + END, FLAGS), false),
            new Shape(Pattern.compile("^(?<task>.+?)\\s*[,;.]\\s*" + OWN + "\\s+(?:ansvarar|är ansvarig|är ansvariga"
                    + "|håller i (?:det|detta|den)|tar (?:det|den)|fixar (?:det|den)|is responsible|are responsible"
                    + "|owns it|own it|will do it|does it)" + END, FLAGS), false),
            new Shape(Pattern.compile("^(?<task>.+)\\s+[–—-]+\\s+" + OWN + END, FLAGS), false),
            new Shape(Pattern.compile("^(?<task>.+?(?:^|\\s)\\p{L}{2,}s(?:\\s+(?:fram|ut|in|upp|över|bort|om|på))?)\\s+av\\s+"
                    + OWN + END, FLAGS), false),
            new Shape(Pattern.compile("^(?<task>.+?\\s(?:is|are|be|been|gets?)\\s+\\p{L}+(?:\\s+(?:up|out|in|over))?)\\s+by\\s+"
                    + OWN + END, FLAGS), false));

    private OwnerPlaces() {}

    /**
     * The owners of an action item's text and the task without them ({@link Roster.ActionOwners#rest()}), or the
     * problem with its first word when no shape reads — or the role nobody holds ("ordföranden" in a group without
     * one), named as the problem's phrase.
     */
    static Roster.OwnerResult read(Roster roster, String text) {
        String written = text.strip();
        Matcher label = LEADING_LABEL.matcher(written);
        Roster.OwnerResult leading = roster.actionOwners(label.matches() ? label.group("rest") : written);
        if (leading instanceof Roster.ActionOwners owners && !owners.rest().isBlank()) {
            return new Roster.ActionOwners(owners.members(), owners.organisations(),
                    WILL.matcher(owners.rest()).replaceFirst("").strip());
        }
        if (leading instanceof Roster.OwnerProblem) {
            Optional<Roster.OwnerProblem> role = roleProblem(roster, label.matches() ? label.group("rest") : written);
            if (role.isPresent()) return role.get();
        }
        return trailing(roster, written).orElse(leading);
    }

    /** Owners written at the end of the text ("…, Tor ansvarar", "… (Digg)"), or a role named there that nobody holds. */
    static Optional<Roster.OwnerResult> trailing(Roster roster, String text) {
        for (Shape shape : TRAILING) {
            Matcher m = shape.pattern().matcher(text.strip());
            if (!m.matches()) continue;
            Roster.OwnerResult owners = roster.actionOwners(m.group("own"));
            if (owners instanceof Roster.OwnerProblem) {
                Optional<Roster.OwnerProblem> role = roleProblem(roster, m.group("own"));
                if (role.isPresent()) return Optional.of(role.get());
                continue;
            }
            Roster.ActionOwners read = (Roster.ActionOwners) owners;
            boolean whole = read.rest().isBlank() || shape.verb() && read.rest().matches("(?U)\\p{L}+");
            String task = m.group("task").strip().replaceFirst("[,;:–—-]+$", "").strip();
            if (whole && !task.isEmpty()) return Optional.of(new Roster.ActionOwners(read.members(), read.organisations(), task));
        }
        return Optional.empty();
    }

    /** A role at the start of the words ("ordföranden", "the chair") that nobody in the group holds, or several do. */
    private static Optional<Roster.OwnerProblem> roleProblem(Roster roster, String words) {
        String[] w = words.strip().split("\\s+");
        for (int n = Math.min(3, w.length); n >= 1; n--) {
            String phrase = String.join(" ", Arrays.copyOfRange(w, 0, n)).replaceAll("[,:;.!?)]+$", "");
            if (Role.holderWord(phrase).isPresent()) {
                Roster.Lookup lookup = roster.find(phrase);
                return lookup instanceof Roster.Lookup.Found ? Optional.empty() : Optional.of(new Roster.OwnerProblem(phrase, lookup));
            }
        }
        return Optional.empty();
    }

    /** The role an owner problem names ("ordföranden"), when it is one. */
    static Optional<Role> role(Roster.OwnerProblem problem) {
        return Role.holderWord(problem.phrase());
    }
}
