/**
 * The minutes: what they say ({@code protokoll}), laid out as the groups write them and rendered as Markdown and
 * HTML, and old minutes imported into a group's history.
 */
package se.samverka.core.minutes;
