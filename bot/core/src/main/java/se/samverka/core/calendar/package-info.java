/**
 * Meetings in calendars: the calendar files attached to meeting changes, the organiser's calendar kept in step,
 * invitations by e-mail, and the group's calendar feed ({@code kalender}).
 */
package se.samverka.core.calendar;
