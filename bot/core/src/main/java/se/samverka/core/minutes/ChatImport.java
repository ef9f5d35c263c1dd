package se.samverka.core.minutes;

import se.samverka.core.chat.Reply;
import se.samverka.core.chat.SharedFile;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.MinutesReader;
import se.samverka.core.text.Texts;

/**
 * Minutes shared as a file in chat, read and imported into the group (whose chair or secretary shared it): the file's
 * kind and size are checked before it is fetched, and every way it can fail — a kind not read, too big, kept elsewhere, not fetched,
 * unreadable, not minutes, minutes of a justerad meeting, imported before — is a refusal in the group's language that
 * changes nothing.
 */
public final class ChatImport {
    /** The largest file fetched and read: 10 MB, as Teams' files. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private ChatImport() {}

    public static Reply importFile(MinutesImport importer, MinutesReader reader, Group group, SharedFile file) {
        Texts t = Texts.of(group.lang());
        String name = file.name().isBlank() ? "?" : file.name();
        if (!reader.reads(name)) return refused(t.get("importChat.unsupported", name));
        if (file.size().orElse(0) > MAX_BYTES) return refused(t.get("importChat.tooBig", name, MAX_BYTES / (1024 * 1024)));
        byte[] content;
        try {
            content = file.content(MAX_BYTES);
        } catch (SharedFile.Unavailable e) {
            return refused(switch (e.why()) {
                case TOO_BIG -> t.get("importChat.tooBig", name, MAX_BYTES / (1024 * 1024));
                case ELSEWHERE -> t.get("importChat.elsewhere", name);
                case FAILED -> t.get("importChat.unavailable", name);
            });
        }
        MinutesReader.Read read;
        try {
            read = reader.read(name, content);
        } catch (MinutesReader.Unreadable e) {
            return refused(t.get("importChat.unreadable", name, e.getMessage()));
        }
        return reply(t, group.lang(), name, importer.importInto(group, name, read.text(), read.minutes()));
    }

    private static Reply reply(Texts t, Lang lang, String name, MinutesImport.Result r) {
        String when = r.meeting().map(m -> t.longDate(m.toLocalDate())).orElse("?");
        String day = r.meeting().map(m -> m.toLocalDate().toString()).orElse("");
        return switch (r.outcome()) {
            case IMPORTED -> Reply.builder().text(t.get("importChat.done", name, when, r.people(), r.guests(),
                    ImportSummary.added(t, r), ImportSummary.already(t, r)))
                    .context(t.get("importChat.hint", day)).ok().withShared(true);
            case ALREADY_IMPORTED -> refused(t.get("importChat.again", name, when));
            case NOT_MINUTES -> refused(t.get("importChat.notMinutes", name, ImportSummary.missing(t, r.missing())));
            case NO_DATE -> refused(t.get("importChat.noDate", name));
            case LOCKED -> refused(t.get("importChat.locked", name, when, Verb.MINUTES_CORRECTION.word(lang), day));
        };
    }

    private static Reply refused(String text) {
        return Reply.builder().text(text).rejected();
    }
}
