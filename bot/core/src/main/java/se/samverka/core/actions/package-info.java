/**
 * Decisions and action items: {@code beslut}, {@code åtgärd}, {@code åtgärder}, {@code klar}, a plain sentence
 * proposed as an action item, and how owners (members and organisations) are named.
 */
package se.samverka.core.actions;
