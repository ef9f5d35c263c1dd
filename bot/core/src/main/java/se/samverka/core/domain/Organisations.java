package se.samverka.core.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the groups' organisations are: a municipality ("Falkenberg", "Laholms kommun") or an authority. */
public final class Organisations {
    /** Organisations that are not municipalities, as the groups name them. */
    private static final Pattern NOT_A_MUNICIPALITY = Pattern.compile(
            "länsstyrelse|region|landsting|förbund|myndighet|verket|arbetsförmedling|försäkringskassa|polis"
                    + "|högskola|universitet|skolverket|migrationsverk|kommunförbund|\\bskl\\b|\\bskr\\b|\\baf\\b|\\bmv\\b");

    private Organisations() {}

    public static boolean isMunicipality(String organisation) {
        String o = organisation.strip().toLowerCase(Locale.ROOT);
        if (o.isEmpty()) return false;
        return o.contains("kommun") && !o.contains("förbund") || !NOT_A_MUNICIPALITY.matcher(o).find();
    }
}
