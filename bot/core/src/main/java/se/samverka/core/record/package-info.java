/**
 * The record of a meeting as it is written in chat: the notes under each point ({@code anteckning}), which point a
 * note or a decision belongs to, and how a note's text is kept and laid out; and the commands that write and correct
 * it: {@code anteckning} ({@link se.samverka.core.record.NoteCommands}), {@code ändra D3} and {@code ta bort}
 * ({@link se.samverka.core.record.EditCommands}), {@code ångra}, {@code historik} and {@code behörighet}
 * ({@link se.samverka.core.record.UndoCommands}), and the record they name
 * ({@link se.samverka.core.record.RecordTargets}). The commands are run by the dispatcher in {@code engine}, which
 * owns parsing, the transaction and the replies.
 */
package se.samverka.core.record;
