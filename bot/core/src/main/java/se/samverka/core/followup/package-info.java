/**
 * What the bot sends on its own: the plan of digests and reminders queued in the outbox, the sender that delivers
 * it, and the commands that set it ({@code veckosammanfattning}, {@code påminnelser}).
 */
package se.samverka.core.followup;
