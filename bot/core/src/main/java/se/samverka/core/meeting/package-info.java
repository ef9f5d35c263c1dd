/**
 * Meetings and who comes to them: {@code möte}, {@code flytta}, {@code ställ in}, {@code ändra möte},
 * {@code mötesserie}, {@code föreslå möte}, the days not to meet on, finding the meeting a command is about, and
 * attendance ({@code förhinder}, {@code närvaro}, {@code laget runt}) with the guests of one meeting ({@code gäst}).
 */
package se.samverka.core.meeting;
