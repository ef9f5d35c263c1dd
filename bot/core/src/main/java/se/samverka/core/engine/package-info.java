/**
 * The shared kernel of the commands: {@link se.samverka.core.engine.MeetingAssistant}, the dispatcher every chat
 * adapter calls (it reads the command, finds the group and the member, runs the command in one transaction and turns
 * a {@link se.samverka.core.engine.Rejected} into a friendly reply), the {@link se.samverka.core.engine.Ctx} each
 * command gets, and the engine's {@link se.samverka.core.engine.Settings}. The commands themselves live in the
 * package of their part of the meeting cycle: {@code meeting}, {@code agenda}, {@code record}, {@code actions},
 * {@code minutes}, {@code followup}, {@code calendar} and {@code group}.
 */
package se.samverka.core.engine;
