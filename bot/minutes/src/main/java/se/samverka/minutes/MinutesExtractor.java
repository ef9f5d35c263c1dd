package se.samverka.minutes;

import se.samverka.core.domain.Minutes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Swedish minutes as groups write them. Rules where rules are better — the layout ("Närvarande:", numbered
 * points, "Beslut:", "Att: … / Beslut: Attsats bifalles", "Styrelsen beslutar: att …"), the date grammar and the
 * names (a first-name list tells where one name ends in a run-together attendance list) — and the trained
 * sentence-kind model ({@link SentenceKinds}) to tell an action sentence ("Ibrahim mailar ut syftet …") from a
 * report of what someone did or said. Copes with PDF-to-text copies whose line breaks are lost: long lines are cut
 * again before the words that start a section.
 */
public final class MinutesExtractor implements se.samverka.core.port.ActionFinder {
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:§\\s*)?(\\d{1,2})(?:\\.(\\d{1,2}))?[.:)]?\\s*(\\p{Lu}.*)$");
    /** "* Recap:" — a top-level bullet of a few words ending in a colon (it heads the indented bullets under it). */
    private static final Pattern BULLET_HEADING = Pattern.compile("(?u)^[-*•]\\s+(\\p{Lu}[^:.]{1,40}):\\s*$");
    private static final Pattern NESTED_BULLET = Pattern.compile("^(?: {2,}|\\t)\\s*[-*•]\\s+\\S");
    private static final Pattern MARKDOWN = Pattern.compile("^\\s*(#{1,4})\\s+(.+)$");
    private static final Pattern ATTENDING = Pattern.compile("(?iu)^\\s*(närvarande(?: ledamöter)?|deltagare|deltog)\\b\\s*:?\\s*(.*)$");
    private static final Pattern ABSENT = Pattern.compile("(?iu)^\\s*(anmält förhinder|förhinder|frånvarande|ej närvarande|anmäld frånvaro)\\b\\s*:?\\s*(.*)$");
    /** A heading of its own over one kind of attendance list (a board's "Beslutande", "Ersättare", "Övriga deltagare"). */
    private static final Pattern ATTENDANCE_HEADING = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(beslutande|ordinarie ledamöter|"
            + "ledamöter|(?:ej |icke )?tjänstgörande(?: ledamöter| ersättare)?|närvarande ersättare|ersättare|övriga deltagare|"
            + "deltagande|övriga närvarande|medverkande|närvarande)\\s*:?\\s*$");
    /** A name (one known first name, or two to four capitalised words) then a comma or a role in lower case. */
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(
            "(?u)^(\\p{Lu}[\\p{L}'-]+)((?:\\s+\\p{Lu}[\\p{L}'-]+){1,3})?\\s*(?:,|\\s+\\p{Ll})");
    private static final Pattern INVITED = Pattern.compile("(?iu)^\\s*(inbjudna?|adjungerade?|gäster?|övriga närvarande)\\b\\s*:\\s*(.*)$");
    private static final Pattern PRESENT_SENTENCE = Pattern.compile("(?u)^\\s*(\\p{Lu}[^.]{0,200}?)\\s+(?:är|var) närvarande\\b");
    private static final Pattern BESLUT = Pattern.compile("(?iu)^\\s*(?:[-•*]\\s*)?beslut(?:et)?\\s*(?::\\s*(.*)|$)");
    private static final Pattern BESLUTEN = Pattern.compile("(?iu)^\\s*(?:besluten|beslut som fattades|fattade beslut)\\s*:?\\s*(.*)$");
    private static final Pattern ATT_LINE = Pattern.compile("(?iu)^\\s*att\\s*:\\s*(.+)$");
    private static final Pattern PROPOSAL = Pattern.compile("(?iu)^\\s*(?:[-•*]\\s*)?(?:förslag(?: till beslut)?|yrkande|beslutsförslag)\\s*:\\s*(.+)$");
    private static final Pattern APPROVED = Pattern.compile("(?iu)^(?:att-?sats(?:en)?\\s+|förslaget\\s+|yrkandet\\s+)?(?:bifall\\w*|godk[äa]n\\w*|antas|antogs)\\.?$");
    private static final Pattern REJECTED = Pattern.compile("(?iu)^(?:att-?sats(?:en)?\\s+|förslaget\\s+|yrkandet\\s+|motionen\\s+)?(?:avslå\\w*|avslag)\\.?$");
    private static final Pattern DECIDED = Pattern.compile(
            "(?u)^(?:[-•*]\\s*)?(?:Vi|\\p{Lu}[\\p{L}-]+)\\s+(?:beslöt|beslutade|beslutar|beslutades|har beslutat)\\b\\s*(.*)$");
    private static final Pattern DECIDED_PREFIX = Pattern.compile(
            "(?iu)^(?:[-•*]\\s*)?(?:beslut\\s*:\\s*)?(?:(?:vi|\\p{L}+)\\s+(?:beslöt|beslutade|beslutar|har beslutat)\\s*(?:att\\s+)?)?(?:att\\s+)?");
    private static final Pattern ASSIGNS = Pattern.compile(
            "(?u)^\\p{Lu}[\\p{L}-]+\\s+(?:uppdrar|ger)\\s+(?:åt\\s+)?(.+?)\\s+(?:att|i uppdrag att)\\s+(.+)$");
    private static final Pattern RELATIVE_OWNER = Pattern.compile("(?u)\\b(?:till|åt)\\s+(\\p{Lu}[\\p{L}-]+)\\s+som\\s+(\\p{Ll}+)\\b(.*)$");
    private static final Pattern ROUND = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(?:laget runt|runda bordet|runt bordet|rundan)\\b.*$");
    private static final Pattern ROUND_ENTRY = Pattern.compile("(?u)^\\s*(\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?)\\s*:\\s*(\\S.*)$");
    private static final Pattern NEXT = Pattern.compile("(?iu)\\b(nästa \\p{L}*möte|nästa \\p{L}*sammanträde|kommande \\p{L}*möten"
            + "|planerade möten|mötestider|sammanträdestider|sammanträdesdag|mötesdatum|nästa träff)");
    private static final Pattern NEXT_OPENS = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(?:§\\s*)?(?:\\d{1,2}(?:\\.\\d{1,2})?[.:)]?\\s*)?"
            + "(?:[-*•]\\s*)?(?:\\p{L}+\\s+){0,2}?(?:nästa|kommande|planerade|mötestider|sammanträdestider|mötesdatum)");
    private static final Pattern SUBJECT_THEN_VERB = Pattern.compile("(?u)(?<=\\p{L}\\s)(\\p{Lu}\\p{Ll}+)\\s+\\p{Ll}+(?:ade|de|te|des|r)\\b");
    private static final Set<String> SUBJECTS = Set.of("gruppen", "mötet", "styrelsen", "ordföranden", "rådet", "nätverket");
    private static final Pattern NOT_THIS_DATE = Pattern.compile("(?iu)\\binte\\s+(?:den\\s+|på\\s+)?$");
    /** "Vid tangenterna: Amina", or "Vid tangenterna" alone as a heading (the minutes Samverka writes) with the name below. */
    private static final Pattern NOTE_TAKER = Pattern.compile(
            "(?iu)^\\s*(?:#+\\s*)?(?:(?:vid tangenterna|antecknare|sekreterare|protokollförare|vid pennan|anteckningar)\\s*:\\s*(.*)|vid tangenterna\\s*)$");
    private static final Pattern PLACE = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(?:plats|lokal)\\s*:?\\s*(.*)$");
    private static final Pattern TIME_AND_PLACE = Pattern.compile("(?iu)^\\s*tid och plats\\s*:\\s*(.*)$");
    private static final Pattern TID = Pattern.compile("(?iu)(?:^|\\s)tid\\b\\s*:?\\s*(.*)$");
    private static final Pattern OPENED = Pattern.compile("(?iu)(?:öppna\\w*|öppnande)\\D{0,25}?(\\d{1,2}[.:]\\d{2})");
    private static final Pattern CLOSED = Pattern.compile("(?iu)(?:avslut\\w*|avslutande)\\D{0,25}?(\\d{1,2}[.:]\\d{2})");
    private static final Pattern ROLE = Pattern.compile("(?iu)sekr\\w*|anteckn\\w*|protokollf\\w*|vid tangenterna");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|\\(|\\)|,|:|;|/");
    private static final Set<String> STOP_CAPITALIZED = Set.of("mötet", "mötes", "sida", "minnesanteckningar",
            "dagordning", "dagordningen", "protokoll", "protokollet", "föredragande", "bilagor", "bilaga", "inbjuden",
            "förhinder", "dag", "tid", "plats", "under", "anteckningarna", "ordförande", "närvarande", "deltagare",
            "erfarenhetsutbyte", "samverkan", "frånvarande");
    private static final Set<String> NOT_OWNERS = Set.of("vi", "det", "man", "alla", "de", "den", "denna", "detta",
            "styrelsen", "gruppen", "mötet", "ordföranden", "ingen", "inga", "någon", "några", "flera", "här", "där",
            "nästa", "beslut", "att", "en", "ett", "om", "för", "från", "till", "efter", "inför", "under", "vid");
    private static final Set<String> NOT_VERBS = Set.of("är", "var", "har", "hade", "blir", "blev", "finns", "fanns",
            "ser", "menar", "anser", "tycker", "undrar", "känner", "vet", "kan", "får", "bör", "måste", "vill", "mår",
            "informerar", "berättar", "säger", "lyfter", "kommer", "står", "heter", "gäller", "hör",
            // what someone did at the meeting, told in the present tense: a report, not a task
            "presenterar", "redovisar", "beskriver", "föredrar", "visar", "poängterar", "påpekar", "konstaterar",
            "framhåller", "understryker", "frågar", "svarar", "tackar", "hälsar", "öppnar", "förklarar",
            "sammanfattar", "inleder", "avslutar", "önskar", "föreslår", "instämmer", "noterar", "betonar");
    /** Roles and bodies that own action items as a person does ("Sekreteraren skickar ut …"). */
    private static final Pattern ROLE_OWNER = Pattern.compile("(?iu)(sekreteraren|ordföranden|vice ordföranden|kassören|"
            + "samordnaren|projektledaren|processledaren|kansliet|kanslichefen|arbetsgruppen|beredningsgruppen|"
            + "valberedningen|utredaren|förvaltningen|ledningsgruppen|styrgruppen|referensgruppen|skrivargruppen)");
    private static final Pattern RESPONSIBLE = Pattern.compile(
            "(?iu)[.,;(]?\\s*\\b(?:ansvarig[a]?|ansvar)\\s*:\\s*([^.;()]+?)(?=[.;)]|\\s+(?:klart?|senast|deadline|datum)\\b|$)");
    /** Verbs that, after an owner, always mean a task ("Ibrahim mailar ut …"). */
    private static final Set<String> ACTION_VERBS = Set.of("ska", "skickar", "mailar", "mejlar", "kontaktar", "bokar",
            "ansvarar", "återkopplar", "återkommer", "kollar", "undersöker", "förbereder", "ordnar", "bevakar",
            "sammanställer", "slutför", "genomför", "tar", "ringer", "bjuder", "kallar", "skriver", "uppdaterar",
            "följer", "planerar", "beställer", "samlar", "sprider", "lägger", "stämmer", "ligger", "fixar",
            "påminner", "meddelar", "levererar", "utreder", "sätter", "letar", "hämtar");
    private static final Set<String> STATE_VERBS = Set.of("vara", "bli", "finnas");

    private final SentenceKinds kinds;
    private final Set<String> firstNames;

    private MinutesExtractor(SentenceKinds kinds, Set<String> firstNames) {
        this.kinds = kinds;
        this.firstNames = firstNames;
    }

    /** The extractor with the model the build trained and the first-name list. */
    public static MinutesExtractor load() {
        return load(SentenceKinds.load());
    }

    /** The extractor with this sentence-kind model and the first-name list. */
    public static MinutesExtractor load(SentenceKinds kinds) {
        Set<String> names = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MinutesExtractor.class.getResourceAsStream("first-names.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String n : line.strip().split("\\s+")) if (!n.isEmpty()) names.add(n.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MinutesExtractor(kinds, Set.copyOf(names));
    }

    // ------------------------------------------------------------------------------------------------ the pass

    /** One reading of one document. */
    private final class Reading {
        final List<String> lines;
        final Minutes.Meeting meeting;
        final List<Minutes.Person> participants = new ArrayList<>();
        final List<Minutes.Person> absent = new ArrayList<>();
        Optional<String> noteTaker = Optional.empty();
        final List<String> agenda = new ArrayList<>();
        final Map<Integer, Integer> agendaAtLine = new LinkedHashMap<>();
        final List<Minutes.Decision> decisions = new ArrayList<>();
        final List<Minutes.Action> actions = new ArrayList<>();
        final List<Minutes.Report> round = new ArrayList<>();
        final List<Minutes.Meeting> next = new ArrayList<>();
        final Set<Integer> skipForActions = new HashSet<>();
        final Set<String> knownNames = new HashSet<>();
        final Set<String> knownOrgs = new HashSet<>();

        Reading(String text) {
            this.lines = lines(normalize(text));
            this.meeting = meeting();
        }

        /** A text that is not a whole document (a decision typed in chat), read as of {@code today}. */
        Reading(String text, LocalDate today) {
            this.lines = lines(normalize(text));
            this.meeting = new Minutes.Meeting(Optional.of(today), Optional.empty(), Optional.empty(), Optional.empty());
        }

        Minutes read() {
            attendance();
            agenda();
            roundTable();
            nextMeetings();
            decisions();
            actions();
            actionLists();
            for (ActionTables.Row row : ActionTables.rows(lines, year())) {
                if (actions.stream().noneMatch(a -> a.sourceText().strip().equals(row.source()))) {
                    actions.add(new Minutes.Action(row.owners(), row.task(), row.due(), row.source()));
                }
            }
            return new Minutes(meeting, participants, absent, noteTaker, agenda, decisions, actions, round, next);
        }

        // ---- header

        Minutes.Meeting meeting() {
            // the head, without a next meeting's line (a copy run together has "Nästa möte … kl 13-15" among its first lines)
            String head = String.join("\n", lines.subList(0, Math.min(lines.size(), 12)).stream()
                    .filter(l -> !NEXT_OPENS.matcher(l).find() && !NEXT.matcher(l).find()).toList());
            Optional<LocalDate> date = SwedishDates.first(head, Optional.empty(), Optional.empty()).map(SwedishDates.Found::date);
            Optional<LocalTime> start = Optional.empty();
            Optional<LocalTime> end = Optional.empty();
            Optional<String> place = Optional.empty();
            for (int i = 0; i < Math.min(lines.size(), 15); i++) {
                String line = lines.get(i);
                Matcher tp = TIME_AND_PLACE.matcher(line);
                if (tp.find()) {
                    String rest = tp.group(1);
                    Matcher between = Pattern.compile("(?iu)mellan\\s+(\\d{1,2})[.:](\\d{2})\\s+och\\s+(\\d{1,2})[.:](\\d{2})").matcher(rest);
                    if (between.find()) {
                        start = Optional.ofNullable(SwedishDates.time(between.group(1), between.group(2)));
                        end = Optional.ofNullable(SwedishDates.time(between.group(3), between.group(4)));
                        place = Optional.of(rest.substring(0, between.start()).strip()).filter(s -> !s.isEmpty());
                    }
                    continue;
                }
                Matcher tid = TID.matcher(line);
                if (start.isEmpty() && tid.find()) {
                    String rest = tid.group(1);
                    Matcher meetingRange = Pattern.compile("(?iu)möte\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*-\\s*\\d{1,2}(?:[.:]\\d{2})?)").matcher(rest);
                    Optional<LocalTime[]> range = meetingRange.find() ? SwedishDates.range(meetingRange.group(1)) : SwedishDates.range(rest);
                    if (range.isPresent()) {
                        start = Optional.of(range.get()[0]);
                        end = Optional.of(range.get()[1]);
                    }
                }
                Matcher p = PLACE.matcher(line);
                if (place.isEmpty() && p.find()) {
                    String rest = p.group(1).strip();
                    if (rest.isEmpty() && i + 1 < lines.size()) rest = lines.get(i + 1).strip();
                    place = Optional.of(rest).filter(s -> !s.isEmpty() && s.length() < 200);
                }
            }
            String all = String.join("\n", lines);
            if (start.isEmpty()) { // "2025-05-06 kl. 18.00-20.00"
                Matcher kl = Pattern.compile("(?iu)\\bkl(?:ockan|\\.)?\\s*(\\d{1,2}(?:[.:]\\d{2})?\\s*-\\s*\\d{1,2}(?:[.:]\\d{2})?)")
                        .matcher(head);
                Optional<LocalTime[]> range = kl.find() ? SwedishDates.range(kl.group(1)) : Optional.empty();
                if (range.isPresent()) {
                    start = Optional.of(range.get()[0]);
                    end = Optional.of(range.get()[1]);
                }
            }
            if (start.isEmpty()) {
                Matcher o = OPENED.matcher(all);
                if (o.find()) start = SwedishDates.clock(o.group(1));
            }
            if (end.isEmpty()) {
                Matcher c = CLOSED.matcher(all);
                LocalTime from = start.orElse(null);
                if (c.find() && from != null) end = SwedishDates.clock(c.group(1)).filter(t -> t.isAfter(from));
            }
            if (start.isEmpty()) {
                Matcher kl = SwedishDates.KL.matcher(head);
                if (kl.find()) start = Optional.ofNullable(SwedishDates.time(kl.group(1), kl.group(2)));
            }
            return new Minutes.Meeting(date, start, end, place);
        }

        Optional<Integer> year() {
            return meeting.date().map(LocalDate::getYear);
        }

        // ---- attendance

        void attendance() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher a = ATTENDING.matcher(line);
                Matcher f = ABSENT.matcher(line);
                Matcher inv = INVITED.matcher(line);
                Matcher nt = NOTE_TAKER.matcher(line);
                Matcher ps = PRESENT_SENTENCE.matcher(line);
                if (ATTENDANCE_HEADING.matcher(line).find()) {
                    i = people(i, "", participants);
                } else if (a.find()) {
                    i = people(i, a.group(2), participants);
                } else if (f.find()) {
                    i = people(i, f.group(2), absent);
                } else if (inv.find()) {
                    i = people(i, inv.group(2), participants);
                } else if (nt.find()) {
                    String rest = nt.group(1) == null ? "" : nt.group(1).strip();
                    if (rest.isEmpty() && i + 1 < lines.size()) rest = nextNonBlank(i).map(lines::get).orElse("");
                    List<Minutes.Person> who = parsePeople(rest, true);
                    if (!who.isEmpty()) noteTaker = Optional.of(who.get(0).name());
                    skipForActions.add(i);
                } else if (ps.find()) {
                    for (Minutes.Person p : parsePeople(ps.group(1), true)) addPerson(participants, p);
                    skipForActions.add(i);
                }
            }
            for (String name : AttendanceSentences.names(String.join("\n", lines))) {
                addPerson(participants, new Minutes.Person(name, Optional.empty()));
            }
            if (noteTaker.isEmpty()) {
                Matcher chosen = Pattern.compile("(?u)\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:är|som)\\s+(?:mötes)?sekret\\w*").matcher(String.join("\n", lines));
                if (chosen.find()) noteTaker = Optional.of(chosen.group(1));
            }
            for (Minutes.Person p : participants) knownNames.addAll(nameTokens(p.name()));
            for (Minutes.Person p : absent) knownNames.addAll(nameTokens(p.name()));
        }

        /** The people of an attendance list that starts with {@code first} on line {@code i}; returns the last line read. */
        int people(int i, String first, List<Minutes.Person> into) {
            skipForActions.add(i);
            StringBuilder zone = new StringBuilder(first);
            int last = i;
            for (int j = i + 1; j < lines.size(); j++) {
                String line = lines.get(j).strip();
                if (line.isEmpty()) continue;
                if (!nameLine(line)) break;
                zone.append('\n').append(line);
                skipForActions.add(j);
                last = j;
            }
            for (Minutes.Person p : parsePeople(zone.toString(), false)) addPerson(into, p);
            return last;
        }

        boolean nameLine(String line) {
            if (ATTENDING.matcher(line).find() || ABSENT.matcher(line).find() || INVITED.matcher(line).find()
                    || ATTENDANCE_HEADING.matcher(line).find() || NOTE_TAKER.matcher(line).find() || NUMBERED.matcher(line).find() || MARKDOWN.matcher(line).find()) {
                return false;
            }
            String body = line.replaceFirst("^[^:]{2,40}:\\s*", "").replaceAll("\\([^)]*\\)", "").replaceAll("[,.]\\s*$", "").strip();
            if (body.isEmpty()) return line.endsWith(":") ? false : false;
            Matcher withRole = NAME_THEN_ROLE.matcher(body);
            if (withRole.find() && (withRole.group(2) != null || firstNames.contains(withRole.group(1).split("[\\s-]")[0]
                    .toLowerCase(Locale.ROOT)))) {
                return true; // "Charlotte Leander, miljöchef", "William Garpenholm vice ordf"
            }
            String[] words = body.split("\\s+");
            if (words.length > 5) return false;
            for (String w : words) if (!Character.isUpperCase(w.codePointAt(0))) return false;
            return firstNames.contains(words[0].toLowerCase(Locale.ROOT).split("-")[0]) || words.length >= 2;
        }

        void addPerson(List<Minutes.Person> into, Minutes.Person p) {
            boolean seen = into.stream().anyMatch(q -> q.name().equalsIgnoreCase(p.name()));
            if (!seen) into.add(p);
        }

        /**
         * "Falkenberg: Tor Jacobsen", "Maria Norrfalk (Ordförande), Christer Sjölin och …", "Ingemar Nyman, Bjurholm
         * Dagmar Schröder, Bjurholm …", "Anna-Lena Lövkvist Andersen Birgit Nielsen …": names, their organisations
         * where the list says them, and the note-taker when a name carries that role.
         */
        List<Minutes.Person> parsePeople(String zone, boolean looseSingles) {
            List<Minutes.Person> out = new ArrayList<>();
            List<String> chunks = new ArrayList<>();
            for (String line : zone.split("\n")) {
                chunks.add("\n"); // a new line: an organisation named on the line before ends there
                chunks.addAll(List.of(line.split(";|,|\\s+och\\s+|\\s+samt\\s+|\\s+&\\s+")));
            }
            String pendingOrg = null;
            String lineOrg = null;
            boolean personOnLine = false;
            outer:
            for (String raw : chunks) {
                if (raw.equals("\n")) {
                    lineOrg = null;
                    personOnLine = false;
                    continue;
                }
                String chunk = raw.strip().replaceAll("[.]$", "");
                if (chunk.isEmpty()) continue;
                String org = lineOrg;
                Matcher colon = Pattern.compile("^([^:()]{2,40}):\\s*(.*)$").matcher(chunk);
                if (colon.find()) {
                    org = colon.group(1).strip();
                    lineOrg = org;
                    chunk = colon.group(2).strip();
                    if (chunk.isEmpty()) {
                        pendingOrg = org;
                        continue;
                    }
                }
                List<String> names = new ArrayList<>();
                List<String> current = new ArrayList<>();
                List<String> orgWords = new ArrayList<>();
                boolean role = false;
                String nickname = null;
                Matcher words = WORD.matcher(chunk);
                List<String> tokens = new ArrayList<>();
                while (words.find()) tokens.add(words.group());
                for (int k = 0; k < tokens.size(); k++) {
                    String t = tokens.get(k);
                    if (t.equals("(")) {
                        int close = tokens.subList(k, tokens.size()).indexOf(")");
                        int end = close < 0 ? tokens.size() : k + close;
                        String inside = String.join(" ", tokens.subList(k + 1, end));
                        if (ROLE.matcher(inside).find()) role = true;
                        else if (inside.matches("\\p{Lu}\\p{Ll}+")) nickname = inside;
                        k = end;
                        continue;
                    }
                    if (t.equals(")") || t.equals(":") || t.equals("/")) continue;
                    String lower = t.toLowerCase(Locale.ROOT);
                    if (STOP_CAPITALIZED.contains(lower) && Character.isUpperCase(t.codePointAt(0))) {
                        if (!current.isEmpty()) names.add(String.join(" ", current));
                        current.clear();
                        flush(out, names, org != null ? org : pendingOrg, role, nickname);
                        break outer;
                    }
                    if (Character.isDigit(t.codePointAt(0))) {
                        if (!current.isEmpty() || !names.isEmpty()) break;
                        continue;
                    }
                    if (!Character.isUpperCase(t.codePointAt(0))) {
                        if (!current.isEmpty()) {
                            names.add(String.join(" ", current));
                            current.clear();
                        }
                        if (names.isEmpty() && !orgWords.isEmpty()) orgWords.add(t);
                        if (ROLE.matcher(t).find()) role = true;
                        continue;
                    }
                    boolean first = isFirstName(t);
                    boolean upperAbbrev = t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().allMatch(Character::isLetter);
                    boolean lowerNext = k + 1 < tokens.size() && Character.isLowerCase(tokens.get(k + 1).codePointAt(0))
                            && !tokens.get(k + 1).equals("och");
                    if (current.isEmpty() && names.isEmpty() && !first && (upperAbbrev || lowerNext || (k + 1 < tokens.size()
                            && startsName(tokens, k + 1)))) {
                        orgWords.add(t); // "Bjurholm Dagmar …", "RUS Jonas …": an organisation before the name
                        continue;
                    }
                    if (first && current.size() >= 2) {
                        names.add(String.join(" ", current));
                        current.clear();
                    }
                    if (current.size() >= 4) {
                        names.add(String.join(" ", current));
                        current.clear();
                    }
                    current.add(t);
                }
                if (!current.isEmpty()) names.add(String.join(" ", current));
                if (!orgWords.isEmpty() && !out.isEmpty() && out.get(out.size() - 1).org().isEmpty() && org == null) {
                    Minutes.Person prev = out.remove(out.size() - 1);
                    out.add(new Minutes.Person(prev.name(), Optional.of(String.join(" ", orgWords))));
                }
                if (names.size() == 1 && names.get(0).contains(" ") && personOnLine && !looseSingles && org == null
                        && orgWords.isEmpty() && chunk.startsWith(names.get(0)) && names.get(0).split("\\s+").length == 2
                        && !isFirstName(names.get(0).split("\\s+")[0]) && !out.isEmpty() && out.get(out.size() - 1).org().isEmpty()) {
                    // "Anna Lind, Region Norr": words after a name on its line, not starting with a first name
                    Minutes.Person prev = out.remove(out.size() - 1);
                    out.add(new Minutes.Person(prev.name(), Optional.of(names.get(0))));
                    continue;
                }
                if (names.size() == 1 && !names.get(0).contains(" ") && !isFirstName(names.get(0)) && !looseSingles) {
                    // one word that is no first name: the organisation of the name before (or after) it
                    if (!out.isEmpty() && out.get(out.size() - 1).org().isEmpty()) {
                        Minutes.Person prev = out.remove(out.size() - 1);
                        out.add(new Minutes.Person(prev.name(), Optional.of(names.get(0))));
                    } else {
                        pendingOrg = names.get(0);
                    }
                    continue;
                }
                personOnLine |= names.stream().anyMatch(n -> !n.isBlank());
                flush(out, names, org != null ? org : pendingOrg, role, nickname);
                pendingOrg = null;
            }
            return out;
        }

        boolean startsName(List<String> tokens, int k) {
            String t = tokens.get(k);
            return Character.isUpperCase(t.codePointAt(0)) && isFirstName(t);
        }

        void flush(List<Minutes.Person> out, List<String> names, String org, boolean role, String nickname) {
            for (String n : names) {
                if (n.isBlank()) continue;
                out.add(new Minutes.Person(n, Optional.ofNullable(org)));
                if (role && noteTaker.isEmpty()) noteTaker = Optional.of(n);
            }
            if (nickname != null) knownNames.add(nickname.toLowerCase(Locale.ROOT));
            names.clear();
        }

        // ---- agenda

        void agenda() {
            Map<Integer, String> numberedPoints = new LinkedHashMap<>();
            int main = 0;
            boolean numbered = false;
            for (int i = 0; i < lines.size(); i++) {
                Matcher n = NUMBERED.matcher(lines.get(i));
                if (!n.find() || skipForActions.contains(i)) continue;
                int number = Integer.parseInt(n.group(1));
                boolean sub = n.group(2) != null;
                boolean accept = sub ? number == main && numbered : (numbered ? number == main + 1 : number <= 3);
                if (!accept) continue;
                if (!sub) main = number;
                numbered = true;
                String title = title(n.group(3));
                if (!title.isEmpty()) numberedPoints.put(i, title);
            }
            Map<Integer, String> headed = markdownPoints();
            // a numbered list inside one of many Markdown sections (the action list under "## Actionpoints") is no agenda
            Map<Integer, String> points = numbered && numberedPoints.size() >= headed.size() ? numberedPoints : headed;
            for (Map.Entry<Integer, String> e : points.entrySet()) {
                agenda.add(e.getValue());
                agendaAtLine.put(e.getKey(), agenda.size() - 1);
            }
            if (numbered || !headed.isEmpty()) return;
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || skipForActions.contains(i) || line.contains(":") || line.endsWith(".")
                        || line.split("\\s+").length > 8 || !Character.isUpperCase(line.codePointAt(0)) || isBullet(line)) {
                    continue;
                }
                Optional<Integer> next = nextNonBlank(i);
                if (next.isPresent() && isBullet(lines.get(next.get()).strip())) {
                    agenda.add(line);
                    agendaAtLine.put(i, agenda.size() - 1);
                }
            }
        }

        /**
         * The Markdown headings below the document's title, and before the first of them the top-level bullets that head
         * a nested list ("* Recap:" over indented bullets); none inside a code block, none after an attachment
         * ("## Bilaga 1 …") begins.
         */
        Map<Integer, String> markdownPoints() {
            Map<Integer, String> out = new LinkedHashMap<>();
            if (lines.stream().noneMatch(l -> MARKDOWN.matcher(l).find())) return out;
            boolean first = true;
            boolean fence = false;
            boolean inSection = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) fence = !fence;
                if (fence) continue;
                Matcher m = MARKDOWN.matcher(line);
                if (!m.find()) {
                    Matcher b = BULLET_HEADING.matcher(line);
                    Optional<Integer> next = nextNonBlank(i);
                    if (!inSection && b.find() && next.isPresent() && NESTED_BULLET.matcher(lines.get(next.get())).find()
                            && !isHeaderWord(b.group(1).strip()) && !BESLUT.matcher(b.group(1)).find()) {
                        out.put(i, b.group(1).strip());
                    }
                    continue;
                }
                String title = m.group(2).replaceAll("\\s*\\d{1,2}[.:]\\d{2}\\s*$", "").replaceAll("[:\\s]+$", "")
                        .replaceFirst("^(?:§\\s*)?\\d{1,2}(?:\\.\\d{1,2})*[.:)]?\\s+", "").strip();
                if (title.toLowerCase(Locale.ROOT).matches("bilag(a|or)\\b.*")) break;
                boolean documentTitle = first && (SwedishDates.first(title, Optional.of(2000), Optional.empty()).isPresent()
                        || title.toLowerCase(Locale.ROOT).matches(".*(protokoll|minnesanteckningar|sammanfattning|möte\\b).*"));
                first = false;
                if (documentTitle || isHeaderWord(title)) continue;
                inSection = true; // under a section's heading, a bullet with a colon is part of its discussion
                out.put(i, title);
            }
            return out;
        }

        boolean isHeaderWord(String title) {
            return title.toLowerCase(Locale.ROOT).matches("(plats|tid|tid och plats|närvarande|deltagare|närvaro|signaturer|"
                    + "underskrifter|justering|justeras|datum|frånvarande|förhinder)");
        }

        /** A point's title: its line, cut where the running text after it begins. */
        String title(String text) {
            String t = text.replaceAll("\\s+\\d{1,2}[.:]\\d{2}\\s*$", "").strip();
            int cut = t.length();
            Matcher dash = Pattern.compile("\\s[-–]\\s|:\\s").matcher(t);
            if (dash.find()) cut = dash.start();
            Matcher w = Pattern.compile("(?u)(?<!\\p{L})(\\p{Ll}[\\p{L}]*)\\s+(\\p{Lu}[\\p{L}-]*)(\\s+\\S+)?").matcher(t);
            int from = 0;
            while (w.find(from)) {
                if (w.start(2) >= cut) break;
                String next = w.group(3) == null ? "" : w.group(3).strip();
                boolean sentence = isFirstName(w.group(2)) || next.isEmpty() || Character.isLowerCase(next.codePointAt(0));
                if (sentence) {
                    cut = w.start(2);
                    break;
                }
                from = w.start(2);
            }
            Matcher said = SUBJECT_THEN_VERB.matcher(t); // "Inledning Ulla hälsade välkommen": the text after the title
            while (said.find()) {
                if (said.start(1) >= cut) break;
                String who = said.group(1);
                if (isFirstName(who) || SUBJECTS.contains(who.toLowerCase(Locale.ROOT))) {
                    cut = said.start(1);
                    break;
                }
            }
            return t.substring(0, cut).strip().replaceAll("[:,;]$", "");
        }

        /** A decision's text up to a later sentence that starts with a person of the meeting (an action that follows). */
        String untilAnOwnersSentence(String text) {
            List<String> said = sentences(text);
            for (int k = 1; k < said.size(); k++) {
                String first = said.get(k).split("\\s+")[0].toLowerCase(Locale.ROOT);
                if (knownNames.contains(first)) return String.join(" ", said.subList(0, k));
            }
            return text;
        }

        // ---- laget runt

        void roundTable() {
            for (int i = 0; i < lines.size(); i++) {
                if (!ROUND.matcher(lines.get(i)).find()) continue;
                skipForActions.add(i);
                boolean first = true;
                for (int j = i + 1; j < lines.size(); j++) {
                    String line = lines.get(j).strip();
                    if (line.isEmpty()) continue;
                    Matcher e = ROUND_ENTRY.matcher(line);
                    if (e.find() && !isHeaderWord(e.group(1))) {
                        round.add(new Minutes.Report(e.group(1), e.group(2).strip()));
                        skipForActions.add(j);
                        first = false;
                        continue;
                    }
                    if (first && !MARKDOWN.matcher(line).find() && !NUMBERED.matcher(line).find()) {
                        for (String clause : line.split("[,;.]\\s*")) {
                            String c = clause.strip();
                            if (!c.isEmpty() && Character.isUpperCase(c.codePointAt(0))) {
                                round.add(new Minutes.Report(c.split("\\s+")[0], c));
                            }
                        }
                        skipForActions.add(j);
                    }
                    break;
                }
            }
        }

        // ---- next meetings

        void nextMeetings() {
            for (int i = 0; i < lines.size(); i++) {
                Matcher nm = NEXT.matcher(lines.get(i));
                if (!nm.find()) continue;
                // "… till nästa möte" in a task is a deadline, not the next meeting: the phrase must open the line
                // (a heading, "Nästa möte: …") or a date must follow it on the line
                boolean opens = NEXT_OPENS.matcher(lines.get(i)).find();
                if (!opens && SwedishDates.first(lines.get(i).substring(nm.end()), year(), meeting.date()).isEmpty()) continue;
                Integer point = agendaAtLine.get(i);
                for (int j = i; j < Math.min(lines.size(), i + 14); j++) {
                    if (j > i && agendaAtLine.containsKey(j)) break;
                    String line = lines.get(j);
                    for (int from = 0; from < line.length(); ) { // every date of the line: "16 april, 25 september samt 10 december"
                        String rest = line.substring(from);
                        Optional<SwedishDates.Found> d = SwedishDates.first(rest, year(), meeting.date());
                        if (d.isEmpty()) break;
                        from += d.get().end();
                        if (meeting.date().map(m -> !d.get().date().isAfter(m)).orElse(false)) continue;
                        if (NOT_THIS_DATE.matcher(rest.substring(0, d.get().start())).find()) continue; // "och inte den 27 mars"
                        if (next.stream().anyMatch(m -> m.date().equals(Optional.of(d.get().date())))) continue;
                        String after = rest.substring(d.get().end());
                        Matcher nextDate = SwedishDates.DAY_MONTH.matcher(after);
                        if (nextDate.find()) after = after.substring(0, nextDate.start());
                        Optional<LocalTime[]> range = SwedishDates.range(after);
                        String tail = after;
                        Optional<LocalTime> start = range.map(r -> r[0]).or(() -> SwedishDates.clock(tail));
                        Optional<LocalTime> end = range.map(r -> r[1]);
                        String place = after.replaceAll("(?iu)^[,\\s]*(?:kl\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?(?:\\s*-\\s*\\d{1,2}(?:[.:]\\d{2})?)?[,.\\s]*", "").strip();
                        next.add(new Minutes.Meeting(Optional.of(d.get().date()), start, end,
                                Optional.of(place).filter(p -> !p.isEmpty() && p.length() < 80 && Character.isUpperCase(p.codePointAt(0)))));
                    }
                }
                if (point == null && !next.isEmpty()) break;
            }
        }

        // ---- decisions

        void decisions() {
            int point = -1;
            boolean list = false;
            boolean attList = false;
            for (int i = 0; i < lines.size(); i++) {
                if (agendaAtLine.containsKey(i)) {
                    point = agendaAtLine.get(i);
                    attList = false;
                }
                String line = lines.get(i).strip();
                if (line.isEmpty()) continue;
                Optional<Integer> at = Optional.of(point).filter(p -> p >= 0);
                Matcher besluten = BESLUTEN.matcher(line);
                if (besluten.find()) {
                    list = true;
                    continue;
                }
                if (list) {
                    if (MARKDOWN.matcher(line).find()) {
                        list = false;
                    } else {
                        String[] items = line.split("(?:^|\\s)-\\s+(?=\\p{Lu})");
                        for (int k = 1; k < items.length; k++) {
                            String item = items[k].strip();
                            if (item.length() > 3) decisions.add(new Minutes.Decision(item, at));
                        }
                        if (items.length > 1) continue;
                    }
                }
                Matcher b = BESLUT.matcher(line);
                if (b.find()) {
                    String rest = b.group(1) == null ? "" : b.group(1).strip();
                    if (REJECTED.matcher(rest).find()) continue;
                    if (APPROVED.matcher(rest).find() || rest.isEmpty()) {
                        boolean found = false;
                        for (int k = i - 1; k >= Math.max(0, i - 8) && !found; k--) {
                            Matcher att = ATT_LINE.matcher(lines.get(k));
                            Matcher proposal = PROPOSAL.matcher(lines.get(k));
                            if (att.find()) {
                                decisions.add(new Minutes.Decision(att.group(1).strip(), at));
                                found = true;
                            } else if (proposal.find()) { // "Förslag: att … / Beslut: Förslaget bifalles"
                                decisions.add(new Minutes.Decision(proposal.group(1).strip(), at));
                                found = true;
                            }
                            if (agendaAtLine.containsKey(k)) break;
                        }
                        Optional<Integer> next = nextNonBlank(i);
                        if (!found && rest.isEmpty() && next.isPresent() && !agendaAtLine.containsKey(next.get())
                                && !MARKDOWN.matcher(lines.get(next.get())).find()) {
                            // "Beslut" on a line of its own, the decision under it — or the bullets under it, each one
                            String under = lines.get(next.get()).strip();
                            if (isBullet(under)) {
                                int k = next.get();
                                for (; k < lines.size() && isBullet(lines.get(k).strip()); k++) {
                                    decisions.add(new Minutes.Decision(lines.get(k).strip().replaceFirst("^[•*▪·-]\\s+", ""), at));
                                }
                                i = k - 1;
                            } else {
                                decisions.add(new Minutes.Decision(under, at));
                                i = next.get();
                            }
                        }
                        continue;
                    }
                    decisions.add(new Minutes.Decision(untilAnOwnersSentence(rest), at));
                    continue;
                }
                List<String> clauses = DecisionPhrases.attClauses(line);
                if (!clauses.isEmpty()) {
                    for (String c : clauses) decisions.add(new Minutes.Decision(c, at));
                    continue;
                }
                if (DecisionPhrases.heading(line)) {
                    Optional<Integer> next = nextNonBlank(i);
                    if (next.isPresent() && !agendaAtLine.containsKey(next.get()) && !DecisionPhrases.heading(lines.get(next.get()))) {
                        decisions.add(new Minutes.Decision(lines.get(next.get()).strip(), at));
                        i = next.get();
                    }
                    continue;
                }
                if (attList && line.toLowerCase(Locale.ROOT).startsWith("att ")) {
                    decisions.add(new Minutes.Decision(line, at));
                    continue;
                }
                attList = false;
                for (String sentence : sentences(line)) {
                    String s = sentence.replaceFirst("^[-•*]\\s*", "");
                    if (DecisionPhrases.decides(s)) {
                        decisions.add(new Minutes.Decision(continued(s, line, i), at));
                        continue;
                    }
                    Matcher d = DECIDED.matcher(s);
                    if (!d.find()) continue;
                    String rest = d.group(1).strip();
                    if (rest.isEmpty() || rest.equals(":")) {
                        attList = true;
                        continue;
                    }
                    decisions.add(new Minutes.Decision(s, at));
                }
            }
        }

        /** The sentence, with the next line when the sentence ends the line unfinished and the next goes on in lower case. */
        String continued(String sentence, String line, int i) {
            if (!line.endsWith(sentence.strip()) || line.matches(".*[.!?:]$") || i + 1 >= lines.size()) return sentence;
            String next = lines.get(i + 1).strip();
            if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))) return sentence;
            Matcher end = Pattern.compile("[.!?](?=\\s|$)").matcher(next);
            return sentence.strip() + " " + (end.find() ? next.substring(0, end.end()) : next);
        }

        // ---- action items

        /** The items of action lists whose owners stand after the task or before a dash ({@link ActionLists}). */
        void actionLists() {
            for (ActionLists.Item item : ActionLists.items(lines)) {
                String line = lines.get(item.line()).strip();
                boolean read = actions.stream().anyMatch(a -> (line.contains(a.sourceText().strip())
                        || a.sourceText().contains(line.replaceFirst("^(?:[-*•]|\\d{1,2}[.)])\\s+", "")))
                        && a.owners().stream().anyMatch(o -> item.owners().stream().anyMatch(o::equalsIgnoreCase)));
                if (read) continue;
                actions.add(new Minutes.Action(item.owners(), item.task(), Optional.empty(), item.source()));
            }
        }

        void actions() {
            for (Minutes.Person p : participants) {
                String first = p.name().split("\\s+")[0];
                knownNames.add(first.toLowerCase(Locale.ROOT));
                p.org().filter(o -> !o.contains(" ")).ifPresent(o -> knownOrgs.add(o.toLowerCase(Locale.ROOT)));
            }
            for (int i = 0; i < lines.size(); i++) {
                if (skipForActions.contains(i)) continue;
                String line = lines.get(i).strip();
                if (line.isEmpty() || MARKDOWN.matcher(line).find() || ATT_LINE.matcher(line).find()) continue;
                if (responsible(line, i)) continue;
                if (ROUND_ENTRY.matcher(line).find() && !BESLUT.matcher(line).find()) continue; // "Mats: lyfter …"
                for (String sentence : sentences(line.replaceFirst("^\\s*\\d{1,2}(?:\\.\\d{1,2})?[.:)]\\s*", ""))) {
                    for (String clause : sentence.split(";\\s*|\\s-\\s+(?=\\p{Lu})")) action(clause.strip(), sentence.strip());
                }
            }
        }

        /** "Boka lokal. Ansvarig: Petra. Klart: 2025-04-01" — the action-list form. */
        boolean responsible(String line, int i) {
            Matcher r = RESPONSIBLE.matcher(line);
            if (!r.find()) return false;
            if (line.substring(0, r.start()).isBlank()) { // "Ansvarig: Per" on its own line: the task is the sentence above
                Optional<Integer> above = Optional.empty();
                for (int k = i - 1; k >= 0 && above.isEmpty(); k--) if (!lines.get(k).isBlank()) above = Optional.of(k);
                if (above.isPresent() && !agendaAtLine.containsKey(above.get()) && !MARKDOWN.matcher(lines.get(above.get())).find()) {
                    List<String> said = sentences(lines.get(above.get()).strip());
                    if (!said.isEmpty()) return responsible(said.get(said.size() - 1).replaceAll("[.\\s]+$", "") + ". " + line.strip(), -1);
                }
                return false;
            }
            List<String> owners = new ArrayList<>();
            for (String o : r.group(1).split(",|\\s+och\\s+|\\s*/\\s*")) {
                String name = o.strip().replaceAll("[.;]$", "");
                if (!name.isEmpty() && name.split("\\s+").length <= 3 && Character.isUpperCase(name.codePointAt(0))) owners.add(name);
            }
            String task = line.substring(0, r.start()).replaceFirst("(?iu)^\\s*(?:[-•*]\\s*)?(?:(?:åtgärd|uppgift|att göra)\\s*:?\\s*)?", "")
                    .replaceAll("[.,;\\s]+$", "").strip();
            if (owners.isEmpty() || task.isEmpty()) return false;
            Optional<LocalDate> due = Optional.empty();
            Matcher d = Pattern.compile("(?iu)\\b(?:klart?|senast|deadline|datum|när|tidplan)\\s*:?\\s*(.+)$").matcher(line.substring(r.end()));
            if (d.find()) due = SwedishDates.first(d.group(1), year(), meeting.date()).map(SwedishDates.Found::date);
            String t = task;
            Optional<LocalDate> when = due;
            if (actions.stream().noneMatch(a -> a.sourceText().equals(line.strip()))) {
                actions.add(new Minutes.Action(owners, t, when, line.strip()));
            }
            return true;
        }

        void action(String clause, String sentence) {
            String s = DECIDED_PREFIX.matcher(clause.replaceFirst("^[-•*]\\s*", "")).replaceFirst("").strip();
            if (s.isEmpty()) return;
            Matcher assign = ASSIGNS.matcher(s);
            if (assign.find()) {
                List<String> owners = owners(assign.group(1));
                if (!owners.isEmpty()) {
                    add(owners, assign.group(2), sentence);
                    return;
                }
            }
            Matcher rel = RELATIVE_OWNER.matcher(s);
            if (rel.find() && isPerson(rel.group(1)) && presentVerb(rel.group(2))) {
                add(List.of(rel.group(1)), rel.group(2) + rel.group(3), sentence);
            }
            List<String> tokens = new ArrayList<>(List.of(s.split("\\s+")));
            List<String> ownerWords = new ArrayList<>();
            int k = 0;
            while (k < tokens.size()) {
                String t = tokens.get(k).replaceAll("[,]$", "");
                if (t.matches("\\(.*\\)?") || (t.startsWith("(") && !ownerWords.isEmpty())) {
                    while (k < tokens.size() && !tokens.get(k).contains(")")) k++;
                    k++;
                    continue;
                }
                if (t.equals("och") || t.equals("&") || t.equals("samt")) {
                    ownerWords.add(",");
                    k++;
                    continue;
                }
                if (!t.isEmpty() && Character.isUpperCase(t.codePointAt(0))) {
                    ownerWords.add(t);
                    if (tokens.get(k).endsWith(",")) ownerWords.add(",");
                    k++;
                    continue;
                }
                break;
            }
            if (ownerWords.isEmpty() || k >= tokens.size()) return;
            if (ownerWords.get(ownerWords.size() - 1).endsWith(":")) return;
            List<String> owners = owners(String.join(" ", ownerWords).replace(" ,", ","));
            if (owners.isEmpty()) return;
            int v = k;
            if (tokens.get(v).matches("(?iu)till|innan|före|under|efter|inför")) { // "Joakim till nästa möte skall ha …"
                for (int j = v + 1; j < Math.min(tokens.size(), v + 5); j++) {
                    if (tokens.get(j).matches("(?iu)ska|skall")) {
                        v = j;
                        break;
                    }
                }
            }
            String verb = tokens.get(v).toLowerCase(Locale.ROOT).replaceAll("[,.]$", "");
            if ((verb.equals("ska") || verb.equals("skall")) && v + 1 < tokens.size()) {
                String inf = tokens.get(v + 1).toLowerCase(Locale.ROOT);
                if (STATE_VERBS.contains(inf)) return;
            } else if (!presentVerb(verb.split("/")[0])) {
                return;
            }
            String task = String.join(" ", tokens.subList(v, tokens.size()));
            String main = (verb.equals("ska") || verb.equals("skall")) ? "ska" : verb.split("/")[0];
            if (main.equals("tar") && v + 1 < tokens.size() && tokens.get(v + 1).equalsIgnoreCase("upp")) {
                main = "tar upp"; // "tar upp frågan" is mostly said in a discussion; the model decides
            }
            // the verbs of doing are certain; any other verb in the present tense ("leder", "arbetar", "går igenom")
            // may be a task or a description of someone: the trained model decides those
            if (!ACTION_VERBS.contains(main) && kinds.probability(s, "ACTION") < kinds.probability(s, "INFO")) return;
            add(owners, task, sentence);
        }

        void add(List<String> owners, String task, String sentence) {
            String t = task.strip().replaceAll("[.]$", "");
            Optional<LocalDate> due = due(t);
            boolean dup = actions.stream().anyMatch(a -> a.sourceText().equals(sentence) && a.owners().equals(owners));
            if (!dup) actions.add(new Minutes.Action(owners, t, due, sentence));
        }

        Optional<LocalDate> due(String task) {
            Matcher by = Pattern.compile("(?iu)\\b(?:senast|innan|före|till)\\s+(.{0,40})").matcher(task);
            while (by.find()) {
                String rest = by.group(1);
                if (rest.toLowerCase(Locale.ROOT).startsWith("nästa möte")) {
                    return next.stream().map(Minutes.Meeting::date).flatMap(Optional::stream).findFirst();
                }
                Optional<SwedishDates.Found> d = SwedishDates.first(rest, year(), meeting.date());
                if (d.isPresent()) return Optional.of(d.get().date());
                Matcher day = Pattern.compile("(?iu)^den\\s+(\\d{1,2})(?::?e|:a)").matcher(rest);
                if (day.find() && meeting.date().isPresent()) {
                    try {
                        LocalDate m = meeting.date().get();
                        LocalDate due = m.withDayOfMonth(Integer.parseInt(day.group(1)));
                        return Optional.of(due.isBefore(m) ? due.plusMonths(1) : due);
                    } catch (java.time.DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }

        /** "Boel och Amina", "Calle (sammankallande) och Magnus", "Kotte, Emmis": the people named, when all are people. */
        List<String> owners(String text) {
            String cleaned = text.replaceAll("\\([^)]*\\)", " ");
            List<String> out = new ArrayList<>();
            for (String part : cleaned.split(",|\\s+och\\s+|\\s+&\\s+|\\s+samt\\s+")) {
                String p = part.strip();
                if (p.isEmpty()) continue;
                String[] words = p.split("\\s+");
                if (words.length > 3 || !isPerson(words[0])) return List.of();
                out.add(p);
            }
            return out;
        }

        boolean isPerson(String word) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[,.:;]$", "");
            if (ROLE_OWNER.matcher(w).matches() || knownOrgs.contains(w)) return true;
            if (NOT_OWNERS.contains(w) || w.length() < 2) return false;
            if (!Character.isUpperCase(word.codePointAt(0))) return false;
            if (word.equals(word.toUpperCase(Locale.ROOT)) && word.length() <= 4) return false; // AF, MV, NV: bodies
            return knownNames.contains(w) || isFirstName(word);
        }

        Optional<Integer> nextNonBlank(int i) {
            for (int j = i + 1; j < lines.size(); j++) if (!lines.get(j).isBlank()) return Optional.of(j);
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Reads shared files: Documents for the text, this extractor for what it says. */
    public se.samverka.core.port.MinutesReader reader() {
        return (fileName, content) -> {
            try {
                String text = Documents.text(fileName, content);
                return new se.samverka.core.port.MinutesReader.Read(text, extract(text));
            } catch (Documents.Unreadable e) {
                throw new se.samverka.core.port.MinutesReader.Unreadable(e.getMessage());
            }
        };
    }

    /** Reads the document. */
    public Minutes extract(String text) {
        return DiscussionText.attach(text, new Reading(text).read());
    }

    @Override
    public List<Found> actions(String text, java.util.Collection<String> names, java.util.Collection<String> organisations,
                               LocalDate today) {
        Reading reading = new Reading(text, today);
        for (String n : names) reading.knownNames.addAll(nameTokens(n));
        for (String o : organisations) {
            if (!o.isBlank() && !o.strip().contains(" ")) reading.knownOrgs.add(o.strip().toLowerCase(Locale.ROOT));
        }
        reading.actions();
        return reading.actions.stream().map(a -> new Found(a.owners(), a.task(), a.due(), a.sourceText())).toList();
    }

    static boolean isBullet(String line) {
        return line.matches("^[•*▪·-]\\s+.*");
    }

    boolean isFirstName(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[,.:;)]$", "");
        if (firstNames.contains(w)) return true;
        int dash = w.indexOf('-');
        return dash > 0 && firstNames.contains(w.substring(0, dash));
    }

    static Set<String> nameTokens(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : name.split("[\\s()]+")) if (!t.isEmpty()) out.add(t.toLowerCase(Locale.ROOT));
        return out;
    }

    /** A Swedish verb in the present tense (or a/b of two), as action sentences have them. */
    static boolean presentVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[,.;:]$", "");
        if (NOT_VERBS.contains(w) || w.length() < 2) return false;
        if (w.endsWith("ade") || w.endsWith("de") && !w.endsWith("nde") || w.endsWith("s")) return false;
        return w.matches("\\p{L}+(ar|er|ör|år|år|tar|gar|r)") ;
    }

    static String normalize(String text) {
        return Layout.normalize(text);
    }

    static List<String> lines(String text) {
        return Layout.lines(text);
    }

    static List<String> sentences(String line) {
        return Layout.sentences(line);
    }
}
