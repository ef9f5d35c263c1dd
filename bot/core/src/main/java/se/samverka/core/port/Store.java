package se.samverka.core.port;

import java.util.Objects;

/** Every storage port, handed to the core as one piece by whichever adapter provides them. */
public record Store(Transactions transactions, GroupRepository groups, MemberRepository members,
                    MeetingRepository meetings, AgendaRepository agenda, DecisionRepository decisions,
                    ActionRepository actions, AttendanceRepository attendance, RoundTableRepository roundTable,
                    SearchIndex search, AuditLog audit,
                    DeliveryLog deliveries, CalendarEventRepository calendarEvents,
                    ConversationReferences conversations, ImportedDocuments imports,
                    SeriesRepository series, InvitationLog invitations, GroupSettings settings, Outbox outbox,
                    NoteRepository notes, RecordChanges changes, Justering justering) {
    public Store {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(roundTable, "roundTable");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(calendarEvents, "calendarEvents");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(justering, "justering");
    }
}
