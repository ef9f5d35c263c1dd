/**
 * Justering of the minutes (issue 17): the justerare of a meeting, the versions sent to them, their answers, the
 * lock on a justerad meeting's record ({@link se.samverka.core.justering.Lock}, the one rule every record-changing
 * command asks), corrections as new versions with a line diff, and decisions approved at once.
 */
package se.samverka.core.justering;
