package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * The names in an attendance list — "Falkenberg: Tor Jacobsen", "Maria Norrfalk (Ordförande), Christer Sjölin och
 * …", "Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm …", "Anna-Lena Lövkvist Andersen Birgit Nielsen …": the
 * names, their organisations where the list says them, and the note-taker when a name carries that role. Where one
 * name ends in a list run together, the first-name list tells.
 */
final class People {
    private static final Pattern ROLE = Pattern.compile("(?iu)(?<!\\p{L})(?:sekr\\w*|anteckn\\w*|protokollf\\w*|vid tangenterna)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|\\(|\\)|,|:|;|/");
    private static final Pattern NAME_COMMA_ORG = Pattern.compile("(?u)^(?!.*\\s(?:och|samt)\\s)[^,;&]+,[^,;&]+$");
    /** "Tiina- vice …", "Tor-telefonansvarig": one capitalised word glued by a hyphen to a role in lower case. */
    private static final Pattern GLUED_ROLE = Pattern.compile("(?u)^(\\p{Lu}\\p{Ll}+)-(\\p{Ll}[\\p{L}-]*)$");
    /** "Kerstin- internetansvarig" (not "Havs- och Vattenmyndigheten"): the hyphen glues the name to the role. */
    private static final Pattern HYPHEN_SPACE = Pattern.compile("(?u)(?<=\\p{Lu}\\p{Ll}{1,30})-\\s+(?!(?:och|eller|samt)\\b)(?=\\p{Ll})");
    private static final Pattern ORG_COLON = Pattern.compile("^([^:()]{2,40}):\\s*(.*)$");
    /** Capitalised words that end a list (the text after it begins). */
    private static final Set<String> STOP_CAPITALIZED = Set.of("mötet", "mötes", "sida", "minnesanteckningar",
            "dagordning", "dagordningen", "protokoll", "protokollet", "föredragande", "bilagor", "bilaga", "inbjuden",
            "förhinder", "dag", "tid", "plats", "under", "anteckningarna", "ordförande", "närvarande", "deltagare",
            "erfarenhetsutbyte", "samverkan", "frånvarande", "utses", "paragrafer", "justerare", "justering");

    /** Capitalised words between the names of a list copied from a table: a column's or a group's heading, a role. */
    private static final Set<String> SEPARATORS = Set.of("övriga", "sekreterare", "tjänstgörande", "dessutom", "adjungerade",
            "adjungerad", "ersättare", "ersättarna", "konsult", "ledamöter", "ledamot", "suppleant", "suppleanter", "ordinarie",
            "kassör", "gäster", "inbjudna", "personal", "tjänstemän");
    private static final Set<String> PARTICLES = Set.of("von", "van", "af", "de", "der", "du", "la");
    /** A word that ends the name of a body. */
    private static final Pattern ORG_WORD = Pattern.compile("(?iu)(?:förbund(?:et)?|region(?:en)?|kommun(?:en)?|länsstyrelsen"
            + "|förening(?:en)?|nämnd(?:en)?|verket|myndighet(?:en)?|institutet|universitet(?:et)?|högskola(?:n)?|bolag(?:et)?"
            + "|\\bAB|rådet|förvaltning(?:en)?|kansliet|sällskap(?:et)?|styrelse(?:n)?|departementet|landsting(?:et)?"
            + "|bibliotek(?:et)?|\\bStad|projektet|\\bForum|\\bHB)(?!\\p{L})");
    private final Reading r;
    private final Words words;

    People(Reading r, Words words) {
        this.r = r;
        this.words = words;
    }

    /** The people of a list; {@code looseSingles}: a lone word is a name too (a sentence, not a list). */
    List<Minutes.Person> parse(String zone, boolean looseSingles) {
        List<Minutes.Person> out = new ArrayList<>();
        List<String> chunks = new ArrayList<>();
        List<Boolean> pairLines = new ArrayList<>();
        List<Boolean> singleLines = new ArrayList<>();
        for (String line : zone.split("\n")) {
            chunks.add("\n"); // a new line: an organisation named on the line before ends there
            List<String> parts = List.of(line.split(";|,|\\s+och\\s+|\\s+samt\\s+|\\s+&\\s+"));
            chunks.addAll(parts);
            pairLines.add(NAME_COMMA_ORG.matcher(line).matches());
            singleLines.add(firstNamesOnly(parts));
        }
        Zone state = new Zone(out, looseSingles);
        int line = 0;
        for (String raw : chunks) {
            if (raw.equals("\n")) {
                state.lineOrg = null;
                state.personOnLine = false;
                state.pairLine = pairLines.get(line);
                state.singles = singleLines.get(line++);
                continue;
            }
            if (!chunk(state, raw)) break;
        }
        return out;
    }

    /** Where the reading of one list stands. */
    private static final class Zone {
        final List<Minutes.Person> out;
        final boolean looseSingles;
        String pendingOrg;
        String lineOrg;
        boolean personOnLine;
        /** The line lists first names only ("Jannike, Anna, Ulla och Kenisha"): a word not on the list is a name too. */
        boolean singles;
        /** The line is a name and one more part after a comma ("Anna Lind, Region Norr"; not "A, B, C" nor "A och B"). */
        boolean pairLine;

        Zone(List<Minutes.Person> out, boolean looseSingles) {
            this.out = out;
            this.looseSingles = looseSingles;
        }

        Minutes.Person last() {
            return out.get(out.size() - 1);
        }

        boolean lastWithoutOrg() {
            return !out.isEmpty() && last().org().isEmpty();
        }

        void giveLastOrg(String org) {
            Minutes.Person prev = out.remove(out.size() - 1);
            out.add(new Minutes.Person(prev.name(), Optional.of(org)));
        }
    }

    /** One chunk between commas and "och"; false when the list has ended. */
    private boolean chunk(Zone s, String raw) {
        String chunk = raw.strip().replaceAll("[.]$", "");
        if (chunk.isEmpty()) return true;
        String org = s.lineOrg;
        Matcher colon = ORG_COLON.matcher(chunk);
        if (colon.find()) {
            org = colon.group(1).strip();
            s.lineOrg = org;
            chunk = colon.group(2).strip();
            if (chunk.isEmpty()) {
                s.pendingOrg = org;
                return true;
            }
        }
        Names n = names(chunk);
        if (org == null && n.org != null) org = n.org;
        if (n.stop) {
            flush(s.out, n.names, org != null ? org : s.pendingOrg, n.role, n.nickname);
            return false;
        }
        List<String> names = n.names;
        bodiesFirst(s, n, org);
        if (!n.orgWords.isEmpty() && s.personOnLine && s.lastWithoutOrg() && org == null) s.giveLastOrg(String.join(" ", n.orgWords));
        if (names.size() == 1 && names.get(0).contains(" ") && s.personOnLine && s.pairLine && !s.looseSingles && org == null
                && n.orgWords.isEmpty() && chunk.startsWith(names.get(0)) && names.get(0).split("\\s+").length == 2
                && !words.isFirstName(names.get(0).split("\\s+")[0]) && s.lastWithoutOrg()) {
            s.giveLastOrg(names.get(0)); // "Anna Lind, Region Norr": words after a name on its line, not starting with a first name
            roleOfLast(s, n);
            return true;
        }
        if (names.size() == 1 && !names.get(0).contains(" ") && !words.isFirstName(names.get(0)) && !s.looseSingles
                && !s.singles && !n.glued) {
            // one word that is no first name: the organisation of the name before (or after) it
            if (s.lastWithoutOrg()) {
                s.giveLastOrg(names.get(0));
                roleOfLast(s, n); // "Maja Holm, Länsstyrelsen (sekreterare)"
            } else {
                s.pendingOrg = names.get(0);
            }
            return true;
        }
        if (names.isEmpty() && s.personOnLine && !s.out.isEmpty()) roleOfLast(s, n); // "Johan Ås, sekreterare"
        s.personOnLine |= names.stream().anyMatch(x -> !x.isBlank());
        flush(s.out, names, org != null ? org : s.pendingOrg, n.role, n.nickname);
        s.pendingOrg = null;
        return true;
    }

    /**
     * "…, Kommunförbundet Skaraborg Per Wallinder, …": a body's name that opens the chunk's names is the organisation
     * of the person before it on the line (or of the one after it), and a person's name that follows it is split off.
     */
    private void bodiesFirst(Zone s, Names n, String org) {
        List<String> names = n.names;
        while (!names.isEmpty() && body(names.get(0), words)) {
            String[] ws = names.remove(0).split("\\s+");
            int end = 0; // after the last word that ends a body's name: a name of two words or more is a person's
            for (int k = 0; k < ws.length; k++) if (ORG_WORD.matcher(ws[k]).find()) end = k + 1;
            if (ws.length - end >= 2) names.add(0, String.join(" ", List.of(ws).subList(end, ws.length)));
            String orgName = String.join(" ", List.of(ws).subList(0, ws.length - end >= 2 ? end : ws.length));
            if (s.lastWithoutOrg() && org == null) {
                s.giveLastOrg(orgName);
                if (names.isEmpty()) roleOfLast(s, n);
            } else {
                s.pendingOrg = orgName;
            }
        }
    }

    /** Three or more parts, each one capitalised word, two thirds of them first names on the list. */
    private boolean firstNamesOnly(List<String> parts) {
        List<String> ws = parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (ws.size() < 3 || ws.stream().anyMatch(w -> w.contains(" ") || !Character.isUpperCase(w.codePointAt(0)))) return false;
        return ws.stream().filter(words::isFirstName).count() * 3 >= ws.size() * 2L;
    }

    /** The note-taker's role after the organisation of the name before it. */
    private void roleOfLast(Zone s, Names n) {
        if (n.role && r.noteTaker.isEmpty()) r.noteTaker = Optional.of(s.last().name());
    }

    /** What the words of one chunk are: names, the organisation words before them, a role, a nickname. */
    private static final class Names {
        final List<String> names = new ArrayList<>();
        final List<String> orgWords = new ArrayList<>();
        boolean role;
        String nickname;
        /** An organisation in brackets after the name. */
        String org;
        boolean stop;
        /** A word glued to a role by a hyphen: a name, though no first name the list knows. */
        boolean glued;
    }

    private Names names(String chunk) {
        Names n = new Names();
        List<String> current = new ArrayList<>();
        Set<Integer> glued = new java.util.HashSet<>();
        List<String> tokens = tokens(chunk, n, glued);
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (t.equals("(")) {
                k = bracket(tokens, k, n);
                continue;
            }
            if (t.equals(")") || t.equals(":") || t.equals("/")) continue;
            String lower = t.toLowerCase(Locale.ROOT);
            if (STOP_CAPITALIZED.contains(lower) && Character.isUpperCase(t.codePointAt(0))) {
                if (!current.isEmpty()) n.names.add(String.join(" ", current));
                n.stop = true;
                return n;
            }
            if (SEPARATORS.contains(lower) && Character.isUpperCase(t.codePointAt(0))) { // "… Forslin Övriga närvarande …"
                if (!current.isEmpty()) n.names.add(String.join(" ", current));
                current.clear();
                continue;
            }
            if (PARTICLES.contains(t) && !current.isEmpty() && k + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(k + 1).codePointAt(0))) {
                current.add(t); // "Carl von Friesendorff"
                continue;
            }
            if (Character.isDigit(t.codePointAt(0))) {
                if (!current.isEmpty() || !n.names.isEmpty()) break;
                continue;
            }
            if (!Character.isUpperCase(t.codePointAt(0))) {
                if (!current.isEmpty()) {
                    n.names.add(String.join(" ", current));
                    current.clear();
                }
                if (n.names.isEmpty() && !n.orgWords.isEmpty()) n.orgWords.add(t);
                if (ROLE.matcher(t).find()) n.role = true;
                continue;
            }
            boolean first = words.isFirstName(t) || glued.contains(k);
            boolean upperAbbrev = t.length() > 2 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().allMatch(Character::isLetter);
            boolean lowerNext = k + 1 < tokens.size() && Character.isLowerCase(tokens.get(k + 1).codePointAt(0))
                    && !tokens.get(k + 1).equals("och");
            if (current.isEmpty() && n.names.isEmpty() && !first && (upperAbbrev || lowerNext || (k + 1 < tokens.size()
                    && startsName(tokens, k + 1)))) {
                n.orgWords.add(t); // "Bjurholm Dagmar …", "RUS Jonas …": an organisation before the name
                continue;
            }
            if (first && current.size() >= 2 || current.size() >= 4) {
                n.names.add(String.join(" ", current));
                current.clear();
            }
            current.add(t);
        }
        if (!current.isEmpty()) n.names.add(String.join(" ", current));
        return n;
    }

    /** Whether a name read from a list names a body ("Länsbibliotek Uppsala", "Göteborgs Stad"), not a person. */
    static boolean body(String name, Words words) {
        return !words.isFirstName(name.split("\\s+")[0]) && ORG_WORD.matcher(name).find();
    }

    /** The chunk's words; a word glued to a role by a hyphen ("Tiina- vice …") is split, its index kept in {@code glued}. */
    private static List<String> tokens(String chunk, Names n, Set<Integer> glued) {
        Matcher wm = WORD.matcher(HYPHEN_SPACE.matcher(chunk).replaceAll("-"));
        List<String> tokens = new ArrayList<>();
        while (wm.find()) {
            Matcher g = GLUED_ROLE.matcher(wm.group());
            if (!g.matches()) {
                tokens.add(wm.group());
                continue;
            }
            glued.add(tokens.size()); // a name by its shape: the role after it says so
            n.glued = true;
            tokens.add(g.group(1));
            tokens.add(g.group(2));
        }
        return tokens;
    }

    /** What stands in brackets after a name (a role, an organisation, a nickname); returns the index of ")". */
    private static int bracket(List<String> tokens, int k, Names n) {
        int close = tokens.subList(k, tokens.size()).indexOf(")");
        int end = close < 0 ? tokens.size() : k + close;
        String inside = String.join(" ", tokens.subList(k + 1, end));
        if (ROLE.matcher(inside).find()) n.role = true;
        else if (ORG_WORD.matcher(inside).find()) n.org = inside; // "Lars Nord (Söderby kommun)"
        else if (inside.matches("\\p{Lu}\\p{Ll}+")) n.nickname = inside;
        return end;
    }

    private boolean startsName(List<String> tokens, int k) {
        String t = tokens.get(k);
        return Character.isUpperCase(t.codePointAt(0)) && words.isFirstName(t);
    }

    private void flush(List<Minutes.Person> out, List<String> names, String org, boolean role, String nickname) {
        for (String n : names) {
            if (n.isBlank()) continue;
            out.add(new Minutes.Person(n, Optional.ofNullable(org)));
            if (role && r.noteTaker.isEmpty()) r.noteTaker = Optional.of(n);
        }
        if (nickname != null) r.knownNames.add(nickname.toLowerCase(Locale.ROOT));
        names.clear();
    }
}
