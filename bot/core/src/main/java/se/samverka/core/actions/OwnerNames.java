package se.samverka.core.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;
import se.samverka.core.text.Texts;

/**
 * Who owns an action item, by name, the same way in replies, digests, minutes and on the web: the members, then
 * the organisations ("Länsstyrelsen", "alla kommuner", "alla").
 */
public final class OwnerNames {
    private OwnerNames() {}

    public static List<String> of(ActionItem item, Texts t) {
        List<String> names = new ArrayList<>(item.owners().stream().map(Member::name).toList());
        item.organisations().forEach(o -> names.add(name(o, t)));
        return names;
    }

    public static String name(OrganisationOwner owner, Texts t) {
        return switch (owner.kind()) {
            case ORGANISATION -> owner.organisation().orElseThrow();
            case MUNICIPALITIES -> t.get("owner.municipalities");
            case EVERYONE -> t.get("owner.everyone");
        };
    }

    /** "Tor Jacobsen, Länsstyrelsen". */
    public static String list(ActionItem item, Texts t) {
        return String.join(", ", of(item, t));
    }

    /** "Boel Abelson-Crossley och Länsstyrelsen": for a sentence in the minutes. */
    public static String sentence(ActionItem item, Texts t) {
        List<String> names = of(item, t);
        if (names.size() <= 1) return String.join("", names);
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + t.get("minutes.and") + names.get(names.size() - 1);
    }
}
