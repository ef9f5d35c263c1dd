package se.samverka.core.command;

import java.util.List;

/**
 * Every command the bot knows, with its Swedish and English spellings. The Swedish ones come first; the
 * spelling a user chose decides the language of the reply.
 */
public enum Verb {
    HELP(List.of("hjälp", "?"), List.of("help")),
    GROUP_CREATE(List.of("grupp skapa", "skapa grupp"), List.of("group create", "create group")),
    GROUP_BIND(List.of("grupp koppla", "koppla grupp"), List.of("group bind", "bind group")),
    GROUP_CODE(List.of("grupp kod", "kopplingskod"), List.of("group code", "binding code")),
    GROUP_SHOW(List.of("grupp", "gruppen"), List.of("group")),
    MEMBERS(List.of("medlemmar", "medlemslista"), List.of("members", "roster")),
    MEMBER_IMPORT(List.of("medlem importera", "importera medlemmar"), List.of("member import", "import members")),
    MEMBER_REMOVE(List.of("medlem ta bort", "ta bort medlem"), List.of("member remove", "remove member")),
    MEMBER_ADD(List.of("medlem", "medlem lägg till", "lägg till medlem"), List.of("member add", "member", "add member")),
    MEETINGS(List.of("möten"), List.of("meetings")),
    MEETING_SUGGEST(List.of("föreslå möte", "föreslå mötesdatum", "förslag på möte"), List.of("suggest meeting", "suggest a meeting")),
    REMINDERS(List.of("påminnelser"), List.of("reminders")),
    DIGEST(List.of("veckosammanfattning", "sammanfattning"), List.of("digest", "weekly digest")),
    CALENDAR(List.of("kalender", "kalenderlänk"), List.of("calendar", "calendar link")),
    MEETING_SERIES(List.of("mötesserie", "mötesplan", "planera möten"), List.of("meeting series", "plan meetings")),
    MEETING_MOVE(List.of("flytta", "flytta möte", "möte flytta"), List.of("move", "move meeting", "meeting move")),
    MEETING_CANCEL(List.of("ställ in", "ställ in möte", "möte ställ in", "avboka"),
            List.of("cancel", "cancel meeting", "meeting cancel")),
    MEETING_ADD(List.of("möte", "nytt möte"), List.of("meeting", "meeting add", "new meeting")),
    STANDING_REMOVE(List.of("stående punkt ta bort", "ta bort stående punkt"),
            List.of("agenda standing remove", "standing remove")),
    STANDING(List.of("stående punkt", "stående"), List.of("agenda standing", "standing item")),
    AGENDA_ADD(List.of("punkt", "ny punkt"), List.of("agenda add", "item")),
    AGENDA(List.of("dagordning", "dagordningen"), List.of("agenda")),
    AGENDA_MOVE(List.of("punkt flytta", "flytta punkt"), List.of("agenda move", "item move", "move item")),
    AGENDA_SUB(List.of("punkt under", "underpunkt"), List.of("agenda sub", "sub-item", "subitem")),
    SECTION(List.of("rubrik"), List.of("section", "agenda section")),
    AGENDA_TABLE(List.of("bordlägg", "bordlägg punkt"), List.of("table", "table item", "agenda table")),
    AGENDA_SEND(List.of("dagordning skicka", "skicka dagordning", "skicka dagordningen"),
            List.of("agenda send", "send agenda", "send the agenda")),
    MEETING_EDIT(List.of("ändra möte"), List.of("edit meeting")),
    DECISION(List.of("beslut"), List.of("decision", "decided")),
    NOTE(List.of("anteckning", "anteckna"), List.of("note")),
    ACTIONS(List.of("åtgärder", "uppgifter", "mina åtgärder"), List.of("actions", "action items", "tasks", "my actions")),
    ACTION(List.of("åtgärd", "uppgift"), List.of("action", "action add", "task")),
    DONE(List.of("klar", "klart"), List.of("done", "complete")),
    PROGRESS(List.of("pågår"), List.of("in progress", "ongoing")),
    POSTPONE(List.of("flytta till nästa möte", "skjut upp"), List.of("postpone", "move to next meeting")),
    ABSENT(List.of("förhinder", "anmäl förhinder"), List.of("absent", "apologies", "apology")),
    PRESENT(List.of("närvarande"), List.of("present")),
    GUEST(List.of("gäst", "lägg till gäst"), List.of("guest", "add guest")),
    ATTENDANCE(List.of("närvaro"), List.of("attendance")),
    NOTE_TAKER(List.of("vid tangenterna", "antecknare"), List.of("note taker", "note-taker", "notetaker")),
    ROUND(List.of("laget runt"), List.of("round", "round the table", "round-the-table")),
    MINUTES(List.of("protokoll", "minnesanteckningar"), List.of("minutes")),
    ADJUSTERS(List.of("justerare", "val av justerare"), List.of("adjuster", "adjusters")),
    MINUTES_READY(List.of("protokoll klart", "protokollet klart"), List.of("minutes ready")),
    MINUTES_STATUS(List.of("protokoll status", "protokollstatus"), List.of("minutes status")),
    APPROVE(List.of("justera", "justerat"), List.of("approve", "approved")),
    REQUEST_CHANGE(List.of("begär ändring", "begär ändringar"), List.of("request change", "request changes")),
    MINUTES_CORRECTION(List.of("protokoll rättelse", "rättelse"), List.of("minutes correction", "correction")),
    MINUTES_VERSIONS(List.of("protokoll versioner"), List.of("minutes versions")),
    MINUTES_VERSION(List.of("protokoll version"), List.of("minutes version")),
    REGISTRAR(List.of("organisation"), List.of("organization")), // "organisation … registrar …" answers in English too (Registrars.language)
    SEARCH(List.of("sök", "sok"), List.of("search", "find")),
    EDIT(List.of("ändra", "punkt ändra", "beslut ändra", "åtgärd ändra", "anteckning ändra", "laget runt ändra",
            "stående punkt ändra"),
            List.of("edit", "item edit", "agenda edit", "decision edit", "action edit", "note edit", "round edit",
                    "standing edit")),
    DELETE(List.of("ta bort", "radera", "punkt ta bort", "beslut ta bort", "åtgärd ta bort", "anteckning ta bort",
            "laget runt ta bort", "punkt radera", "beslut radera", "åtgärd radera", "anteckning radera"),
            List.of("delete", "remove", "item delete", "item remove", "agenda delete", "agenda remove",
                    "decision delete", "decision remove", "action delete", "action remove", "note delete",
                    "note remove", "round delete", "round remove")),
    UNDO(List.of("ångra"), List.of("undo")),
    HISTORY(List.of("historik"), List.of("history")),
    PERMISSIONS(List.of("behörighet", "behörigheter"), List.of("permissions")),
    WEB(List.of("webb", "webbsidor", "arkiv"), List.of("web", "web pages", "archive"));

    private final List<String> swedish;
    private final List<String> english;

    Verb(List<String> swedish, List<String> english) {
        this.swedish = swedish;
        this.english = english;
    }

    public List<String> swedish() {
        return swedish;
    }

    public List<String> english() {
        return english;
    }

    /** The command's first spelling in the language: what a button runs. */
    public String word(se.samverka.core.domain.Lang lang) {
        return lang == se.samverka.core.domain.Lang.EN ? english.get(0) : swedish.get(0);
    }

    /** Whether the command changes what the group shares (and its reply is for everyone to see). */
    public boolean changesGroup() {
        return switch (this) {
            case HELP, GROUP_SHOW, GROUP_CODE, MEMBERS, MEETINGS, AGENDA, ACTIONS, ATTENDANCE, SEARCH, CALENDAR, MEETING_SUGGEST, WEB,
                    HISTORY, MINUTES_STATUS, MINUTES_VERSIONS, MINUTES_VERSION -> false;
            default -> true;
        };
    }

    /** The key prefix of this command's texts: cmd.meetingAdd.usage, … */
    public String key() {
        StringBuilder out = new StringBuilder("cmd.");
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
