/**
 * The record of a meeting as it is written in chat: the notes under each point ({@code anteckning}), which point a
 * note or a decision belongs to, and how a note's text is kept and laid out. The commands themselves are run by the
 * dispatcher in {@code usecase}, which owns parsing the meeting, permissions and replies.
 */
package se.samverka.core.record;
