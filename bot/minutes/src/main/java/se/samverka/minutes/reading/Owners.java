package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who an action belongs to: "Boel och Amina", "Calle (sammankallande) och Magnus", "Kotte, Emmis", "Sekreteraren",
 * "Kansliet", a one-word organisation of the meeting — people of the meeting, first names, roles and bodies; not
 * "vi", "gruppen", "AF".
 */
final class Owners {
    private static final Set<String> NOT_OWNERS = Set.of("vi", "det", "man", "alla", "de", "den", "denna", "detta",
            "styrelsen", "gruppen", "mötet", "ordföranden", "ingen", "inga", "någon", "några", "flera", "här", "där",
            "nästa", "beslut", "att", "en", "ett", "om", "för", "från", "till", "efter", "inför", "under", "vid");
    /** Roles and bodies that own action items as a person does ("Sekreteraren skickar ut …"). */
    private static final Pattern ROLE_OWNER = Pattern.compile("(?iu)(sekreteraren|ordföranden|vice ordföranden|kassören|"
            + "samordnaren|projektledaren|processledaren|kansliet|kanslichefen|arbetsgruppen|beredningsgruppen|"
            + "valberedningen|utredaren|förvaltningen|ledningsgruppen|styrgruppen|referensgruppen|skrivargruppen|"
            + "sammankallande|sammankallanden|sekretariatet|ledningen|partiledningen|arbetsutskottet|presidiet|"
            + "generalsekreteraren)");

    /** A body or a role in its definite form: "styrelsen", "kansliet", "arbetsgruppen", "valkommittén", "kommunerna". */
    private static final Pattern BODY = Pattern.compile("(?iu)\\p{L}*(?:styrelsen|gruppen|kansliet|sekretariatet|rådet|nätverket"
            + "|kommittén|utskottet|förvaltningen|ledningen|presidiet|beredningen|valberedningen|kommunerna|regionerna|medlemmarna"
            + "|förbundet|föreningen|delegationen|nämnden|enheten|avdelningen)");

    private final Reading r;
    private final Words words;

    Owners(Reading r, Words words) {
        this.r = r;
        this.words = words;
    }

    /** The people named, when all of them are people; else none. */
    List<String> of(String text) {
        String cleaned = text.replaceAll("\\([^)]*\\)", " ");
        List<String> out = new ArrayList<>();
        for (String part : cleaned.split(",|\\s+och\\s+|\\s*&\\s*|\\s*\\+\\s*|\\s+samt\\s+")) { // "Lars+Martin I"
            String p = part.strip();
            if (p.isEmpty()) continue;
            String[] ws = p.split("\\s+");
            if (ws.length > 3 || !isPerson(ws[0])) return List.of();
            out.add(p);
        }
        return out;
    }

    /**
     * The owners an explicit assignment names ("Styrelsen fick i uppdrag …", "uppdrogs åt kassören att …"): people as
     * {@link #of}, and also a body or a role in its definite form; never "vi", "man", "det" (too short to be one).
     */
    List<String> assigned(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.replaceAll("\\([^)]*\\)", " ").split(",|\\s+och\\s+|\\s+&\\s+|\\s+samt\\s+")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            String[] ws = p.split("\\s+");
            String w = ws[0].toLowerCase(Locale.ROOT);
            boolean body = ws.length == 1 && BODY.matcher(w).matches();
            if (ws.length > 3 || !(isPerson(ws[0]) || body)) return List.of();
            out.add(p);
        }
        return out;
    }

    boolean isPerson(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[,.:;]$", "");
        if (ROLE_OWNER.matcher(w).matches() || r.knownOrgs.contains(w)) return true;
        if (NOT_OWNERS.contains(w) || w.length() < 2) return false;
        if (!Character.isUpperCase(word.codePointAt(0))) return false;
        if (word.equals(word.toUpperCase(Locale.ROOT)) && word.length() <= 4) return false; // AF, MV, NV: bodies
        return r.knownNames.contains(w) || words.isFirstName(word);
    }
}
