package se.samverka.core.group;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;
import se.samverka.core.text.Names;

/** Finds members by the ways people write them: full name, first name, last name, e-mail, @name, organisation. */
public final class Roster {

    /** The outcome of looking a phrase up. */
    public sealed interface Lookup {
        record Found(Member member) implements Lookup {}

        record Ambiguous(List<Member> candidates) implements Lookup {}

        record NotFound(List<Member> suggestions) implements Lookup {}
    }

    /** The outcome of reading owners: the owners and the rest, or the phrase that matched no one (or several). */
    public sealed interface OwnerResult {}

    /** Owners read from the start of a text, and the text that follows them. */
    public record Owners(List<Member> members, String rest) implements OwnerResult {}

    /** Owners of an action item read from the start of a text: members, organisations, and the text after them. */
    public record ActionOwners(List<Member> members, List<OrganisationOwner> organisations, String rest)
            implements OwnerResult {
        public ActionOwners {
            members = List.copyOf(members);
            organisations = List.copyOf(organisations);
        }
    }

    /** Why no owners could be read: the word that matched no one, or the word that matched several. */
    public record OwnerProblem(String phrase, Lookup lookup) implements OwnerResult {}

    private static final Set<String> AND = Set.of("och", "and", "&", "samt", "+");
    private static final Set<String> MUNICIPALITIES = Set.of("alla kommuner", "alla kommunerna", "kommunerna",
            "all municipalities", "every municipality", "the municipalities");
    private static final Set<String> EVERYONE = Set.of("alla", "allihop", "everyone", "everybody", "all of us");

    private final List<Member> members;

    public Roster(List<Member> members) {
        this.members = List.copyOf(members);
    }

    public List<Member> members() {
        return members;
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public Lookup find(String phrase) {
        String p = Names.normalize(stripPunctuation(phrase));
        if (p.isEmpty()) return new Lookup.NotFound(List.of());
        for (Function<Member, String> key : List.<Function<Member, String>>of(
                m -> Names.normalize(m.name()),
                m -> m.email().map(Names::normalize).orElse(""),
                m -> Names.normalize(m.firstName()),
                m -> lastName(m),
                m -> m.organisation().map(Names::normalize).orElse(""))) {
            List<Member> hits = members.stream().filter(m -> key.apply(m).equals(p)).toList();
            if (hits.size() == 1) return new Lookup.Found(hits.get(0));
            if (hits.size() > 1) return new Lookup.Ambiguous(hits);
        }
        List<String> formal = Names.formalNames(p); // "Calle" for Carl-Johan Sanglert
        if (!formal.isEmpty()) {
            List<Member> hits = members.stream().filter(m -> {
                String first = Names.normalize(m.firstName());
                return formal.stream().anyMatch(f -> first.equals(f) || first.startsWith(f + "-"));
            }).toList();
            if (hits.size() == 1) return new Lookup.Found(hits.get(0));
            if (hits.size() > 1) return new Lookup.Ambiguous(hits);
        }
        Optional<se.samverka.core.domain.Role> role = se.samverka.core.domain.Role.holderWord(p); // "ordföranden", "the chair"
        if (role.isPresent()) {
            List<Member> holders = members.stream().filter(m -> m.role() == role.get()).toList();
            if (holders.size() == 1) return new Lookup.Found(holders.get(0));
            return holders.isEmpty() ? new Lookup.NotFound(List.of()) : new Lookup.Ambiguous(holders);
        }
        return new Lookup.NotFound(suggestions(p));
    }

    /** The closest names to a mistyped one, best first (at most three). */
    public List<Member> suggestions(String phrase) {
        String p = Names.normalize(phrase);
        record Scored(Member member, int distance) {}
        return members.stream()
                .map(m -> new Scored(m, Math.min(Math.min(
                        Names.distance(p, Names.normalize(m.firstName())),
                        Names.distance(p, Names.normalize(m.name()))),
                        Names.distance(p, lastName(m)))))
                .filter(s -> s.distance() <= Math.max(1, p.length() / 3))
                .sorted(Comparator.comparingInt(Scored::distance))
                .limit(3)
                .map(Scored::member)
                .toList();
    }

    /**
     * Reads owners from the start of {@code text}: "Boel och Amina kollar upp …", "Tor, Mats: skickar …",
     * "@ibrahim mailar …". Fails when the first word is no member or a name fits several members.
     */
    public OwnerResult leadingOwners(String text) {
        OwnerResult result = read(text, false);
        return result instanceof ActionOwners a ? new Owners(a.members(), a.rest()) : result;
    }

    /**
     * Owners of an action item: members as {@link #leadingOwners}, and organisations of the roster ("Länsstyrelsen
     * återkommer …"), "alla kommuner" / "all municipalities" and "alla" / "everyone". An organisation's name wins over
     * the one member who belongs to it.
     */
    public OwnerResult actionOwners(String text) {
        return read(text, true);
    }

    /** The organisations of the roster, in the order their first member was added. */
    public List<String> organisations() {
        return members.stream().flatMap(m -> m.organisation().stream()).distinct().toList();
    }

    /** This roster with a meeting's guests. */
    public Roster with(List<Member> guests) {
        List<Member> all = new java.util.ArrayList<>(members);
        guests.stream().filter(g -> all.stream().noneMatch(m -> m.id() == g.id())).forEach(all::add);
        return new Roster(all);
    }

    private OwnerResult read(String text, boolean organisations) {
        String[] words = text.strip().split("\\s+");
        Set<Member> owners = new LinkedHashSet<>();
        Set<OrganisationOwner> orgs = new LinkedHashSet<>();
        int i = 0;
        boolean expectOwner = true;
        while (i < words.length && !words[i].isEmpty()) {
            int matched = 0;
            Object found = null;
            for (int n = Math.min(4, words.length - i); n >= 1 && found == null; n--) {
                String phrase = String.join(" ", Arrays.copyOfRange(words, i, i + n));
                Optional<OrganisationOwner> org = organisations ? organisation(phrase) : Optional.empty();
                Lookup lookup = org.isPresent() ? null : find(phrase);
                if (org.isPresent() || !(lookup instanceof Lookup.NotFound)) {
                    found = org.isPresent() ? org.get() : lookup;
                    matched = n;
                }
            }
            if (found instanceof OrganisationOwner org) {
                orgs.add(org);
            } else if (found instanceof Lookup.Found hit) {
                owners.add(hit.member());
            } else {
                if (!expectOwner) break;
                return found == null
                        ? new OwnerProblem(stripPunctuation(words[i]), find(words[i]))
                        : new OwnerProblem(stripPunctuation(String.join(" ", Arrays.copyOfRange(words, i, i + matched))), (Lookup) found);
            }
            i += matched;
            String last = words[i - 1];
            if (last.endsWith(":")) break;
            if (i < words.length && AND.contains(words[i].toLowerCase(Locale.ROOT))) {
                i++;
                expectOwner = true;
            } else {
                expectOwner = false;
                if (!last.endsWith(",")) break;
            }
        }
        if (owners.isEmpty() && orgs.isEmpty()) return new OwnerProblem(text.strip(), new Lookup.NotFound(List.of()));
        return new ActionOwners(List.copyOf(owners), List.copyOf(orgs),
                String.join(" ", Arrays.copyOfRange(words, i, words.length)).strip());
    }

    /** "Länsstyrelsen", "alla kommuner", "alla" as an owner. */
    private Optional<OrganisationOwner> organisation(String phrase) {
        String p = Names.normalize(stripPunctuation(phrase));
        if (MUNICIPALITIES.contains(p)) return Optional.of(OrganisationOwner.municipalities());
        if (EVERYONE.contains(p)) return Optional.of(OrganisationOwner.everyone());
        return organisations().stream().filter(o -> Names.normalize(o).equals(p)).findFirst().map(OrganisationOwner::of);
    }

    /** The organisations closest to a mistyped one (at most three). */
    public List<String> organisationSuggestions(String phrase) {
        String p = Names.normalize(phrase);
        return organisations().stream()
                .filter(o -> Names.distance(p, Names.normalize(o)) <= Math.max(1, p.length() / 3))
                .sorted(Comparator.comparingInt(o -> Names.distance(p, Names.normalize(o))))
                .limit(3).toList();
    }

    /** "Tor, Mats och Lovisa": a list where every name must be a member. */
    public OwnerResult names(String text) {
        OwnerResult result = leadingOwners(text.replaceAll(",\\s*", ", "));
        if (result instanceof Owners owners && !owners.rest().isBlank()) {
            String word = stripPunctuation(owners.rest().split("\\s+")[0]);
            Lookup lookup = find(word);
            return new OwnerProblem(word, lookup instanceof Lookup.Found ? new Lookup.NotFound(List.of()) : lookup);
        }
        return result;
    }

    public static String listNames(List<Member> members) {
        return members.stream().map(Member::name).collect(Collectors.joining(", "));
    }

    private static String lastName(Member m) {
        String[] parts = Names.normalize(m.name()).split(" ");
        return parts.length > 1 ? parts[parts.length - 1] : "";
    }

    private static String stripPunctuation(String word) {
        return Objects.requireNonNull(word).strip().replaceAll("^[(\"']+|[,:;.!?)\"']+$", "");
    }
}
