-- Search finds parts of compound words ("konferens" in "Jämställdhetskonferensen") and laget runt reports.
-- Beside the word index search_text (unicode61: a word or the start of one), search_trigram holds the same rows
-- tokenized in trigrams, so any 3+ characters match anywhere in the text; shorter words keep using the word index.
-- Both are kept current by triggers; kind 'round' is a round-table report (ref_id = round_table_entry.id).
CREATE VIRTUAL TABLE search_trigram USING fts5(
    body,
    kind UNINDEXED,
    ref_id UNINDEXED,
    group_id UNINDEXED,
    tokenize = 'trigram remove_diacritics 1'
);

-- laget runt reports so far into the word index, then every row of the word index into the trigram index (in
-- the word index's order, so newer rows stay later)
INSERT INTO search_text (body, kind, ref_id, group_id)
SELECT report, 'round', id, group_id FROM round_table_entry ORDER BY id;
INSERT INTO search_trigram (body, kind, ref_id, group_id)
SELECT body, kind, ref_id, group_id FROM search_text ORDER BY rowid;

CREATE TRIGGER round_search_insert AFTER INSERT ON round_table_entry BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.report, 'round', new.id, new.group_id);
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.report, 'round', new.id, new.group_id);
END;
CREATE TRIGGER round_search_update AFTER UPDATE OF report ON round_table_entry BEGIN
    UPDATE search_text SET body = new.report WHERE kind = 'round' AND ref_id = new.id;
    UPDATE search_trigram SET body = new.report WHERE kind = 'round' AND ref_id = new.id;
END;
CREATE TRIGGER decision_trigram_insert AFTER INSERT ON decision BEGIN
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.text, 'decision', new.id, new.group_id);
END;
CREATE TRIGGER decision_trigram_update AFTER UPDATE OF text ON decision BEGIN
    UPDATE search_trigram SET body = new.text WHERE kind = 'decision' AND ref_id = new.id;
END;
CREATE TRIGGER action_trigram_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.task, 'action', new.id, new.group_id);
END;
CREATE TRIGGER action_trigram_update AFTER UPDATE OF task ON action_item BEGIN
    UPDATE search_trigram SET body = new.task WHERE kind = 'action' AND ref_id = new.id;
END;
CREATE TRIGGER agenda_trigram_insert AFTER INSERT ON agenda_item BEGIN
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.text, 'agenda', new.id, new.group_id);
END;
CREATE TRIGGER agenda_trigram_update AFTER UPDATE OF text ON agenda_item BEGIN
    UPDATE search_trigram SET body = new.text WHERE kind = 'agenda' AND ref_id = new.id;
END;
