package se.samverka.minutes.reading;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.core.domain.Minutes;
import se.samverka.core.port.ActionFinder;

/**
 * How a document is read, stage by stage, each stage in its own class and each reading what the ones before it
 * left in the {@link Reading}:
 * <ol>
 *   <li>{@link Layout}: the text as lines (line ends, dashes, Markdown bold, lost line breaks cut again);</li>
 *   <li>{@link Header}: the meeting's date, time and place from the head;</li>
 *   <li>{@link Attendance} (names by {@link People}): who was there, who was not, who took the notes; without a
 *       list of names, {@link Actors}: the people the text shows taking part;</li>
 *   <li>{@link Agenda}: the points and the line of each;</li>
 *   <li>{@link RoundTable}: laget runt;</li>
 *   <li>{@link NextMeetings}: the next and planned meetings;</li>
 *   <li>{@link Decisions}: the decisions, each under its point;</li>
 *   <li>{@link Actions} (owners by {@link Owners}, due dates by {@link Due}), then the action lists
 *       ({@link ActionLists}) and tables ({@link ActionTables}) whose owners stand after the task;</li>
 *   <li>{@link LearnedLines}: what the segment classifier ({@link LineKinds}) finds in the lines left;</li>
 *   <li>{@link DiscussionText}: the text under each agenda point that no stage read, as its discussion.</li>
 * </ol>
 */
public final class Pipeline {
    private final Words words;
    private final SentenceKinds kinds;
    private final Optional<LineKinds> lineKinds;

    public Pipeline(Words words, SentenceKinds kinds, Optional<LineKinds> lineKinds) {
        this.words = words;
        this.kinds = kinds;
        this.lineKinds = lineKinds;
    }

    /** Reads the document. */
    public Minutes read(String text) {
        Reading r = new Reading(text);
        Attendance.read(r, words);
        Actors.read(r, words);
        Agenda.read(r, words, lineKinds);
        RoundTable.read(r);
        NextMeetings.read(r);
        Decisions.read(r);
        new Actions(r, words, kinds).read();
        actionLists(r);
        for (ActionTables.Row row : ActionTables.rows(r.lines, r.year())) {
            if (r.actions.stream().noneMatch(a -> a.sourceText().strip().equals(row.source()))) {
                r.actions.add(new Minutes.Action(row.owners(), row.task(), row.due(), row.source()));
            }
        }
        lineKinds.ifPresent(model -> LearnedLines.read(r, model));
        return DiscussionText.attach(r.lines, r.minutes());
    }

    /** The action items of a text typed in chat, with the group's people and organisations as the known owners. */
    public List<ActionFinder.Found> actions(String text, Collection<String> names, Collection<String> organisations,
                                            LocalDate today) {
        Reading r = new Reading(text, today);
        for (String n : names) r.knownNames.addAll(Words.nameTokens(n));
        for (String o : organisations) {
            if (!o.isBlank() && !o.strip().contains(" ")) r.knownOrgs.add(o.strip().toLowerCase(Locale.ROOT));
        }
        new Actions(r, words, kinds).read();
        return r.actions.stream().map(a -> new ActionFinder.Found(a.owners(), a.task(), a.due(), a.sourceText())).toList();
    }

    /** The items of action lists whose owners stand after the task or before a dash, unless read already. */
    private static void actionLists(Reading r) {
        for (ActionLists.Item item : ActionLists.items(r.lines)) {
            String line = r.lines.get(item.line()).strip();
            boolean read = r.actions.stream().anyMatch(a -> (line.contains(a.sourceText().strip())
                    || a.sourceText().contains(line.replaceFirst("^(?:[-*•]|\\d{1,2}[.)])\\s+", "")))
                    && a.owners().stream().anyMatch(o -> item.owners().stream().anyMatch(o::equalsIgnoreCase)));
            if (read) continue;
            r.actions.add(new Minutes.Action(item.owners(), item.task(), Optional.empty(), item.source()));
        }
    }
}
