package se.samverka.minutes.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * The action items of the running text: a sentence that opens with its owners and a verb of doing ("Ibrahim mailar
 * ut …", "Boel och Amina ska …", "Sekreteraren skickar …"), "Styrelsen uppdrar åt Linnea att …", "… till Petra som
 * bokar …", and "Boka lokal. Ansvarig: Petra. Klart: 2025-04-01" ({@link Responsible}). A present-tense verb that
 * may as well describe someone ("leder", "arbetar") is left to the trained sentence-kind model.
 */
final class Actions {
    private static final Pattern DECIDED_PREFIX = Pattern.compile(
            "(?iu)^(?:[-•*]\\s*)?(?:(?:beslut|åtgärd|action|uppgift|att göra|todo)\\s*:\\s*)?(?:det\\s+(?:beslutades|beslutas|beslöts)(?:\\s+gemensamt)?\\s+att\\s+|beslut\\s+(?:togs|fattades)\\s+(?:om\\s+)?att\\s+)?(?:(?:vi|\\p{L}+)\\s+(?:beslöt|beslutade|beslutar|har beslutat)\\s*:?\\s*(?:att\\s+)?)?(?:att\\s+)?");
    /** "Markus väljs att …", "David och Fabian väljs ansvariga för …", "Frans tar på sig att …", "Henrik har lovat …". */
    private static final Pattern COMMITS = Pattern.compile("(?u)^((?:\\p{Lu}[\\p{L}-]+)(?:(?:,\\s*|\\s+och\\s+|\\s+)\\p{Lu}[\\p{L}-]+)*)\\s+"
            + "(?:väljs(?:\\s+till)?\\s+(?:att|ansvarig[a]?\\s+för(?:\\s+att)?)|tar på sig att|har lovat(?:\\s+att)?|lovar(?:\\s+att)?"
            + "|får\\s+(?:till\\s+)?uppgift(?:en)?\\s+att|kommer att)\\s+(\\p{Ll}.+)$");
    /**
     * "Styrelsen fick i uppdrag att …", "Olof har i uppdrag att …", "Pia får i uppgift att …", "Olof ombeds att …",
     * "Kansliet ges i uppdrag …", "Olle uppdras att …", "Uppdrag till Pia: …": a body may own these.
     */
    private static final Pattern GIVEN = Pattern.compile("(?u)^((?:\\p{Lu}[\\p{L}-]+)(?:(?:,\\s*|\\s+och\\s+|\\s+)\\p{Lu}[\\p{L}-]+)*)\\s+"
            + "(?:(?:fick|får|ges|gavs|erhöll|har|hade)\\s+(?:(?!inte\\b|ej\\b|ingen\\b|inget\\b|aldrig\\b)\\p{Ll}+\\s+)?"
            + "(?:i\\s+)?(?:uppdrag(?:et)?|uppgift(?:en)?)|ombeds|ombads)"
            + "\\s+(?:att\\s+)?+(?!inte\\b|ej\\b)(\\p{Ll}.+)$"
            + "|^((?:\\p{Lu}[\\p{L}-]+)(?:\\s+och\\s+\\p{Lu}[\\p{L}-]+|\\s+\\p{Lu}[\\p{L}-]+)*)\\s+uppdras\\s+att\\s+(\\p{Ll}.+)$"
            + "|(?iu)^(?:uppdrogs|uppdras|uppdrages)\\s+(?:åt|till)\\s+(.+?)\\s+att\\s+(.+)$"
            + "|(?iu)^uppdrag\\s+(?:till|åt)\\s+(.+?)\\s*:\\s*(.+)$");
    /** "Påminnelsen skickas av Victor.", "Förslag tas fram av Jyrki": a task in the present passive, its owner after "av". */
    private static final Pattern BY = Pattern.compile("(?u)^(\\p{Lu}.*?\\s(\\p{Ll}+s)(?:\\s+(?:fram|ut|in|upp|över))?)\\s+av\\s+"
            + "(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s*[.!]?$");
    private static final Pattern EVERYONE = Pattern.compile("(?u)^(Alla|Samtliga)(?:\\s+(\\p{Ll}+))?\\s+(?:ska|skall|behöver)\\s+"
            + "(?!(?:vara|bli|ha|få|kunna|komma|behöva|inte|ej|aldrig)\\b)(\\p{Ll}.+)$");
    /** The present passives of doing ("skickas av Victor"); not "hölls", "ägs", "läses", "diskuteras" … */
    private static final Set<String> TASK_PASSIVES = Set.of("skickas", "bokas", "tas", "ordnas", "sammanställs", "kontaktas",
            "undersöks", "förbereds", "uppdateras", "beställs", "utreds", "planeras", "genomförs", "läggs", "samlas", "sprids",
            "kallas", "bjuds", "hämtas", "levereras", "fixas", "följs", "meddelas", "kollas", "mailas", "mejlas", "skrivs",
            "göras", "görs", "ringas", "påminns", "återkopplas", "färdigställs", "formuleras", "bevakas");
    private static final Pattern PRONOUN = Pattern.compile("(?iu)^(?:vi|jag|han|hon|de|ni|du|man)\\s");
    private static final Pattern ASSIGNS = Pattern.compile(
            "(?u)^\\p{Lu}[\\p{L}-]+\\s+(?:uppdrar|ger|ber)\\s+(?:åt\\s+)?(.+?)\\s+(?:att|i uppdrag att)\\s+(.+)$");
    /** "… att ge redaktionellt uppdrag till sekreteraren att …", "… samt delegera till ledningen att …" inside a decision. */
    private static final Pattern DELEGATES = Pattern.compile("(?iu)\\b(?:(?:ge|ger|gav|ges)\\s+(?:\\p{Ll}+\\s+)?(?:uppdrag(?:et)?|som\\s+uppgift)"
            + "|delegera(?:r|s|de)?|uppdra(?:r|s|de)?)\\s+(?:till|åt)\\s+(\\S+(?:\\s+\\S+)??(?:\\s+och\\s+\\S+(?:\\s+\\S+)??)?)\\s+att\\s+(.+)$");
    private static final Pattern RELATIVE_OWNER = Pattern.compile("(?u)\\b(?:till|åt)\\s+(\\p{Lu}[\\p{L}-]+)\\s+som\\s+(\\p{Ll}+)\\b(.*)$");
    /** Verbs that, after an owner, always mean a task ("Ibrahim mailar ut …"). */
    private static final Set<String> ACTION_VERBS = Set.of("ska", "skickar", "mailar", "mejlar", "kontaktar", "bokar",
            "ansvarar", "återkopplar", "återkommer", "kollar", "undersöker", "förbereder", "ordnar", "bevakar",
            "sammanställer", "slutför", "genomför", "tar", "ringer", "bjuder", "kallar", "skriver", "uppdaterar",
            "följer", "planerar", "beställer", "samlar", "sprider", "lägger", "stämmer", "ligger", "fixar",
            "meddelar", "levererar", "utreder", "sätter", "letar", "hämtar");
    /** Verbs of doing after a fronted phrase; not the states "ligger", "stämmer", "följer", not a bare "tar". */
    private static final Set<String> FRONTED_VERBS = ACTION_VERBS.stream()
            .filter(v -> !Set.of("ligger", "stämmer", "följer", "tar", "sätter", "lägger").contains(v))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> STATE_VERBS = Set.of("vara", "bli", "finnas", "be", "have");
    private static final Set<String> SHALL = Set.of("will", "to");
    private static final Pattern TASK_MARK = Pattern.compile("(?iu)^\\s*(?:[-•*]\\s*)?(?:åtgärd|action|uppgift|att göra|todo)\\s*:");
    /** "… kollar med" over "Alf hur …": a wrap after a preposition, the next line opening with a name. */
    /** How many lines a wrapped sentence goes on over. */
    private static final int WRAPS = 4;
    private static final Pattern ENDS_IN_PREPOSITION = Pattern.compile("(?u)\\s(?:med|till|på|om|för|åt|av|hos)$");
    private static final Pattern NAME_THEN_WORD = Pattern.compile("(?u)^\\p{Lu}\\p{Ll}+\\s+\\p{Ll}");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2})?[.:)]\\s*");
    private static final Pattern CLAUSE = Pattern.compile(";\\s*|\\s-\\s+(?=\\p{Lu})");
    /** "…, Anna tar med sig …": a clause of its own after a comma — when the words before the comma have a verb. */
    private static final Pattern COMMA_CLAUSE = Pattern.compile("\\s*,\\s+(?=\\p{Lu}\\p{Ll}+\\s+(?:"
            + String.join("|", ACTION_VERBS) + ")\\s)");
    private static final Pattern SMALL_WORD = Pattern.compile("(?u)(?<!\\p{L})\\p{Ll}{2,}");
    /** An English sentence ("Anna to send the report by 1 June"): then "to" and "will" are its "ska". */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(?:the|by|for|with|and|of|on)\\b");
    /** "Till nästa möte tar Anna fram …", "Då … berörs tar ordföranden kontakt med …": the owner after a fronted verb. */
    private static final Pattern FRONTED = Pattern.compile("(?u)^(?=(?iu:till|inför|efter|före|senast|innan|då|eftersom|under)\\s)"
            + "(?:\\p{L}\\S*\\s+){1,20}?(" + String.join("|", FRONTED_VERBS)
            + "|tar(?=\\s+\\S+(?:\\s+\\S+)?\\s+(?:kontakt|fram|med|hand|ansvar)\\b)|skall)\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?(?:\\s+och\\s+\\p{Lu}[\\p{L}-]+)?"
            + "|sekreteraren|ordföranden|kassören|kansliet|samordnaren|projektledaren)\\s+(\\p{Ll}.+)$");
    private static final Pattern PREPOSITION = Pattern.compile("(?iu)till|innan|före|under|efter|inför");

    private final Reading r;
    private final SentenceKinds kinds;
    private final Owners owners;
    private final Responsible responsible;

    Actions(Reading r, Words words, SentenceKinds kinds) {
        this.r = r;
        this.kinds = kinds;
        this.owners = new Owners(r, words);
        this.responsible = new Responsible(r);
    }

    /** Reads the action sentences of every line no earlier stage claimed. */
    void read() {
        for (Minutes.Person p : r.participants) {
            r.knownNames.add(p.name().split("\\s+")[0].toLowerCase(Locale.ROOT));
            p.org().filter(o -> !o.contains(" ")).ifPresent(o -> r.knownOrgs.add(o.toLowerCase(Locale.ROOT)));
        }
        for (int i = 0; i < r.lines.size(); i++) {
            if (r.claimed.contains(i)) continue;
            String line = r.lines.get(i).strip();
            if (line.isEmpty() || Shapes.MARKDOWN.matcher(line).find() || Shapes.ATT_LINE.matcher(line).find()) continue;
            if (responsible.read(line, i)) continue;
            if (Shapes.ROUND_ENTRY.matcher(line).find() && !Shapes.BESLUT.matcher(line).find()
                    && !TASK_MARK.matcher(line).find()) {
                continue; // "Mats: lyfter …"
            }
            StringBuilder whole = new StringBuilder(line);
            for (int n = 0; n < WRAPS && wrapsOnto(whole.toString(), i + 1); n++) whole.append(' ').append(r.lines.get(++i).strip());
            for (String sentence : Layout.sentences(LEADING_NUMBER.matcher(whole).replaceFirst(""))) {
                for (String clause : clauses(sentence)) action(clause.strip(), sentence.strip());
            }
        }
    }

    /**
     * The line with the one under it when a sentence was wrapped there ("Martin kollar med" over "Alf hur ekonomin ser
     * ut."): it ends without a full stop and the next line, no point or list of its own, goes on in small letters.
     */
    private boolean wrapsOnto(String text, int next) {
        if (text.matches("(?s).*[.!?:;]$") || next >= r.lines.size() || r.claimed.contains(next) || r.isPoint(next)) return false;
        String line = r.lines.get(next).strip();
        if (line.isEmpty() || Shapes.isBullet(line) || Shapes.NUMBERED.matcher(line).find()) return false;
        return Character.isLowerCase(line.codePointAt(0)) || ENDS_IN_PREPOSITION.matcher(text).find() && NAME_THEN_WORD.matcher(line).find();
    }

    /** The clauses of a sentence: after ";" and " - ", and after a comma when a clause with a verb stands before it. */
    private static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String part : CLAUSE.split(sentence)) {
            Matcher c = COMMA_CLAUSE.matcher(part);
            int from = 0;
            while (c.find()) {
                if (!SMALL_WORD.matcher(part.substring(from, c.start())).find()) continue; // "Pia, Olof skickar …"
                out.add(part.substring(from, c.start()));
                from = c.end();
            }
            out.add(part.substring(from));
        }
        return out;
    }

    private void action(String clause, String sentence) {
        String s = DECIDED_PREFIX.matcher(clause.replaceFirst("^[-•*]\\s*", "")).replaceFirst("").strip();
        if (s.isEmpty()) return;
        Matcher commits = COMMITS.matcher(s);
        if (commits.find()) {
            List<String> who = owners.of(commits.group(1));
            if (!who.isEmpty()) {
                add(who, commits.group(2), sentence);
                return;
            }
        }
        if (given(s, sentence) || by(s, sentence) || everyone(s, sentence)) return;
        Matcher assign = ASSIGNS.matcher(s);
        if (assign.find()) {
            List<String> who = owners.of(assign.group(1));
            if (!who.isEmpty()) {
                add(who, assign.group(2), sentence);
                return;
            }
        }
        Matcher delegates = DELEGATES.matcher(s);
        if (delegates.find()) {
            List<String> who = owners.assigned(delegates.group(1)); // "gav som uppgift till styrelsen att …"
            if (!who.isEmpty()) {
                add(who, delegates.group(2), sentence);
                return;
            }
        }
        Matcher rel = RELATIVE_OWNER.matcher(s);
        if (rel.find() && owners.isPerson(rel.group(1)) && Words.presentVerb(rel.group(2))) {
            add(List.of(rel.group(1)), rel.group(2) + rel.group(3), sentence);
        }
        if (!fronted(s, sentence)) ownersFirst(s, sentence);
    }

    /** "Till nästa möte tar Anna fram ett förslag": a phrase first, then the verb, then its owner (not "tar upp"). */
    private boolean fronted(String s, String sentence) {
        Matcher f = FRONTED.matcher(s);
        if (!f.find() || owners.isPerson(s.split("\\s+")[0]) || f.group(3).startsWith("upp ")) return false;
        List<String> who = owners.of(f.group(2));
        if (who.isEmpty()) return false;
        boolean shall = f.group(1).equals("ska") || f.group(1).equals("skall");
        if (shall && STATE_VERBS.contains(f.group(3).split("\\s+")[0])) return false;
        add(who, shall ? f.group(3) : f.group(1) + " " + f.group(3), sentence);
        return true;
    }

    /** "Styrelsen fick i uppdrag att …", "Uppdrogs åt Eva att …": an explicit assignment, to people or a body. */
    private boolean given(String s, String sentence) {
        Matcher g = GIVEN.matcher(s);
        if (!g.find()) return false;
        int k = g.group(1) != null ? 1 : g.group(3) != null ? 3 : g.group(5) != null ? 5 : 7;
        // "Nätverket har i uppdrag att samordna …" tells a body's remit; a person's is a task
        boolean remit = s.substring(g.end(k)).matches("(?s)\\s+(?:har|hade)\\s.*");
        List<String> who = remit ? owners.of(g.group(k)) : owners.assigned(g.group(k));
        if (who.isEmpty()) return false;
        add(who, g.group(k + 1), sentence);
        return true;
    }

    /** "Alla ska läsa förslaget", "Alla kommuner ska skicka in …": everyone (of a kind) owns it. */
    private boolean everyone(String s, String sentence) {
        Matcher a = EVERYONE.matcher(s);
        if (!a.find()) return false;
        add(List.of(a.group(2) == null ? "alla" : "alla " + a.group(2)), a.group(3), sentence);
        return true;
    }

    /** "Påminnelsen skickas av Victor": the owner after "av", the task the sentence before it. */
    private boolean by(String s, String sentence) {
        Matcher b = BY.matcher(s);
        if (!b.find() || !TASK_PASSIVES.contains(b.group(2)) || PRONOUN.matcher(s).find()) return false;
        List<String> who = owners.of(b.group(3));
        if (who.isEmpty()) return false;
        add(who, b.group(1), sentence);
        return true;
    }

    /** "Boel och Amina ska …": the capitalised words before the verb are the owners. */
    private void ownersFirst(String s, String sentence) {
        List<String> tokens = new ArrayList<>(List.of(s.split("\\s+")));
        List<String> ownerWords = new ArrayList<>();
        int k = ownerWords(tokens, ownerWords);
        if (ownerWords.isEmpty() || k >= tokens.size()) return;
        if (ownerWords.get(ownerWords.size() - 1).endsWith(":")) return;
        List<String> who = owners.of(String.join(" ", ownerWords).replace(" ,", ","));
        if (who.isEmpty()) return;
        int v = k;
        if (PREPOSITION.matcher(tokens.get(v)).matches()) { // "Joakim till nästa möte skall ha …"
            for (int j = v + 1; j < Math.min(tokens.size(), v + 5); j++) {
                if (tokens.get(j).matches("(?iu)ska|skall")) {
                    v = j;
                    break;
                }
            }
        }
        String verb = tokens.get(v).toLowerCase(Locale.ROOT).replaceAll("[,.]$", "");
        boolean shall = verb.equals("ska") || verb.equals("skall")
                || SHALL.contains(verb) && ENGLISH.matcher(s).find(); // English minutes' "Anna to send the …", "Olof will book …"
        if (shall && v + 1 < tokens.size()) {
            if (STATE_VERBS.contains(tokens.get(v + 1).toLowerCase(Locale.ROOT))) return;
        } else if (!Words.presentVerb(verb.split("/")[0])) {
            return;
        }
        String main = shall ? "ska" : verb.split("/")[0];
        if (main.equals("går") && v + 1 < tokens.size() && tokens.get(v + 1).equalsIgnoreCase("igenom")) {
            return; // "Elin går igenom verksamhetsberättelsen": what was done at the meeting
        }
        if (main.equals("tar") && v + 1 < tokens.size() && tokens.get(v + 1).equalsIgnoreCase("upp")) {
            main = "tar upp"; // "tar upp frågan" is mostly said in a discussion; the model decides
        }
        // the verbs of doing are certain; any other verb in the present tense ("leder", "arbetar", "går igenom")
        // may be a task or a description of someone: the trained model decides those
        if (!ACTION_VERBS.contains(main) && kinds.probability(s, "ACTION") < kinds.probability(s, "INFO")) return;
        add(who, String.join(" ", tokens.subList(v, tokens.size())), sentence);
    }

    /** Collects the capitalised words (and "och" as a comma) that open the sentence; returns where they end. */
    private static int ownerWords(List<String> tokens, List<String> ownerWords) {
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
            if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) break;
            ownerWords.add(t);
            if (tokens.get(k).endsWith(",")) ownerWords.add(",");
            k++;
        }
        return k;
    }

    private void add(List<String> who, String task, String sentence) {
        String t = task.strip().replaceAll("[.]$", "");
        Optional<LocalDate> due = Due.of(r, t);
        boolean dup = r.actions.stream().anyMatch(a -> a.sourceText().equals(sentence) && a.owners().equals(who));
        if (!dup) r.actions.add(new Minutes.Action(who, t, due, sentence));
    }
}
