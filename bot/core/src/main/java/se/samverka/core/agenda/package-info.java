/**
 * A meeting's agenda: its order, sections, sub-items, clock times and numbers (fixed once it is sent), and the
 * commands that build it ({@code punkt}, {@code stående punkt}, {@code rubrik}, {@code punkt under},
 * {@code punkt flytta}, {@code bordlägg}, {@code dagordning}, {@code dagordning skicka}).
 */
package se.samverka.core.agenda;
