package se.samverka.core.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;
import se.samverka.core.domain.Organisations;
import se.samverka.core.domain.Role;
import se.samverka.core.text.Texts;
import se.samverka.core.group.Roster;

/** Organisations as owners: how they are read, named and whom they include. */
class OwnerNamesTest {
    final Member tor = new Member(1, "Tor Jacobsen", Optional.of("Falkenberg"), Optional.empty(), Role.MEMBER);
    final Member lovisa = new Member(2, "Lovisa Ljungberg", Optional.of("Länsstyrelsen"), Optional.empty(), Role.MEMBER);
    final Member boel = new Member(3, "Boel Abelson-Crossley", Optional.of("Region Halland"), Optional.empty(), Role.MEMBER);
    final Roster roster = new Roster(List.of(tor, lovisa, boel));

    ActionItem item(List<Member> owners, List<OrganisationOwner> orgs) {
        return new ActionItem(1, 1, "återkommer", owners, Optional.empty(), ActionItem.Status.OPEN, Optional.empty(),
                Optional.empty(), Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty(), orgs);
    }

    @Test
    void anOrganisationsNameIsTheOrganisationAndNamesJoinAsASentence() {
        var read = (Roster.ActionOwners) roster.actionOwners("Tor och Region Halland bjuder in AF");
        assertEquals(List.of(tor), read.members());
        assertEquals(List.of(OrganisationOwner.of("Region Halland")), read.organisations());
        assertEquals("bjuder in AF", read.rest());
        var all = (Roster.ActionOwners) roster.actionOwners("alla kommuner skickar statistik");
        assertEquals(List.of(OrganisationOwner.municipalities()), all.organisations());
        ActionItem a = item(read.members(), read.organisations());
        assertEquals("Tor Jacobsen och Region Halland", OwnerNames.sentence(a, Texts.of(Lang.SV)));
        assertEquals("Tor Jacobsen, all municipalities", OwnerNames.list(item(List.of(tor),
                List.of(OrganisationOwner.municipalities())), Texts.of(Lang.EN)));
        assertTrue(roster.leadingOwners("Länsstyrelsen återkommer") instanceof Roster.Owners owners
                && owners.members().equals(List.of(lovisa)), "other commands still read the one member of an organisation");
    }

    @Test
    void whomAnOrganisationOwnerIncludes() {
        assertTrue(item(List.of(), List.of(OrganisationOwner.of("länsstyrelsen"))).concerns(lovisa));
        assertFalse(item(List.of(), List.of(OrganisationOwner.of("Länsstyrelsen"))).concerns(tor));
        assertTrue(item(List.of(), List.of(OrganisationOwner.municipalities())).concerns(tor));
        assertFalse(item(List.of(), List.of(OrganisationOwner.municipalities())).concerns(boel));
        assertTrue(item(List.of(), List.of(OrganisationOwner.everyone())).concerns(boel));
        for (String m : List.of("Falkenberg", "Laholms kommun", "Hylte", "Kungsbacka kommun")) assertTrue(Organisations.isMunicipality(m), m);
        for (String o : List.of("Länsstyrelsen", "Region Halland", "Arbetsförmedlingen", "Migrationsverket", "Kommunförbundet"))
            assertFalse(Organisations.isMunicipality(o), o);
    }
}
