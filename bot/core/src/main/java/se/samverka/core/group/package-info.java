/**
 * The group and its members: {@code grupp}, binding a channel to a group, the roster and how people are named in
 * it ({@code medlem}, mentions, linked platform users), a user's own page, {@code webb}, {@code sök} and
 * {@code hjälp}.
 */
package se.samverka.core.group;
