package se.samverka.core.minutes;

import java.util.ArrayList;
import java.util.List;
import se.samverka.core.minutes.MinutesImport.Result;
import se.samverka.core.text.Texts;

/**
 * The words for what an import did ("1 punkt, 7 anteckningar och 3 planerade möten" / "nothing"), for the chat
 * reply and the command line alike; and why a document is not minutes.
 */
public final class ImportSummary {
    private ImportSummary() {}

    /** What was added: the kinds with a count above 0, or "inget"/"nothing". */
    public static String added(Texts t, Result r) {
        List<String> parts = new ArrayList<>();
        count(t, parts, "agenda", r.agenda().added());
        count(t, parts, "decisions", r.decisions().added());
        count(t, parts, "actions", r.actions().added());
        count(t, parts, "reports", r.reports().added());
        count(t, parts, "notes", r.notes().added());
        count(t, parts, "meetings", r.plannedMeetings());
        return list(t, parts);
    }

    /** What the meeting held already. */
    public static String already(Texts t, Result r) {
        List<String> parts = new ArrayList<>();
        count(t, parts, "agenda", r.agenda().already());
        count(t, parts, "decisions", r.decisions().already());
        count(t, parts, "actionsAny", r.actions().already());
        count(t, parts, "reports", r.reports().already());
        count(t, parts, "notes", r.notes().already());
        return list(t, parts);
    }

    /** Why a document is not minutes: what it lacks ("jag hittar inget mötesdatum, ingen lista över …"). */
    public static String missing(Texts t, List<MinutesEvidence.Missing> missing) {
        List<String> parts = new ArrayList<>();
        for (MinutesEvidence.Missing m : missing) parts.add(t.get("importChat.missing." + m.name().toLowerCase(java.util.Locale.ROOT)));
        return list(t, parts);
    }

    private static void count(Texts t, List<String> parts, String kind, int n) {
        if (n > 0) parts.add(t.get("importChat.n." + kind + (n == 1 ? ".one" : ".many"), n));
    }

    private static String list(Texts t, List<String> parts) {
        if (parts.isEmpty()) return t.get("importChat.nothing");
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + t.get("minutes.and") + parts.get(parts.size() - 1);
    }
}
