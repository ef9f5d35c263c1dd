package se.samverka.core.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;

/**
 * An action item's owners as one text, for its history (what an edit replaced, so that {@code ångra} can put it
 * back): the members' ids on the first line ("12,15"), then one line per organisation owner ("organisation
 * Länsstyrelsen", "municipalities", "everyone"). A name is one line, so a line break cannot stand in one.
 */
public record OwnersText(List<Long> members, List<OrganisationOwner> organisations) {
    public OwnersText {
        members = List.copyOf(members);
        organisations = List.copyOf(organisations);
    }

    public static String of(ActionItem item) {
        StringBuilder out = new StringBuilder(item.owners().stream().map(m -> String.valueOf(m.id()))
                .collect(Collectors.joining(",")));
        for (OrganisationOwner o : item.organisations()) {
            out.append('\n').append(o.kind().name().toLowerCase(Locale.ROOT))
                    .append(o.organisation().map(name -> " " + name).orElse(""));
        }
        return out.toString();
    }

    public static OwnersText parse(String text) {
        String[] lines = text.split("\n");
        List<Long> members = lines[0].isBlank() ? List.of()
                : Arrays.stream(lines[0].split(",")).map(String::strip).map(Long::parseLong).toList();
        List<OrganisationOwner> organisations = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] kindAndName = lines[i].split(" ", 2);
            organisations.add(new OrganisationOwner(OrganisationOwner.Kind.valueOf(kindAndName[0].toUpperCase(Locale.ROOT)),
                    kindAndName.length > 1 ? Optional.of(kindAndName[1]) : Optional.empty()));
        }
        return new OwnersText(members, organisations);
    }

    /** Whether an item already has exactly these owners, in this order. */
    public boolean same(ActionItem item) {
        return members.equals(item.owners().stream().map(Member::id).toList()) && organisations.equals(item.organisations());
    }
}
