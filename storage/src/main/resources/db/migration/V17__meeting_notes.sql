-- Notes per agenda item (issue 15): what was said under a point of a meeting, numbered per group (anteckning 7).
-- One row is one message; its lines ("\n") are the note's paragraphs, in the order written.
CREATE TABLE meeting_note (
    id             INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL,
    group_id       INTEGER NOT NULL,
    number         INTEGER NOT NULL,
    meeting_id     INTEGER NOT NULL,
    agenda_item_id INTEGER NOT NULL,
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    written_by     INTEGER,
    written_at     TEXT NOT NULL,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, agenda_item_id) REFERENCES agenda_item (group_id, id),
    FOREIGN KEY (group_id, written_by) REFERENCES member (group_id, id),
    UNIQUE (group_id, number),
    UNIQUE (group_id, id)
);
CREATE INDEX meeting_note_meeting ON meeting_note (group_id, meeting_id, id);

-- ---- search: notes in both full-text indexes (kind 'note': words and, since V16, trigrams), kept current like decisions ----
CREATE TRIGGER note_search_insert AFTER INSERT ON meeting_note BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.text, 'note', new.id, new.group_id);
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.text, 'note', new.id, new.group_id);
END;
CREATE TRIGGER note_search_update AFTER UPDATE OF text ON meeting_note BEGIN
    UPDATE search_text SET body = new.text WHERE kind = 'note' AND ref_id = new.id;
    UPDATE search_trigram SET body = new.text WHERE kind = 'note' AND ref_id = new.id;
END;
CREATE TRIGGER note_search_delete AFTER DELETE ON meeting_note BEGIN
    DELETE FROM search_text WHERE kind = 'note' AND ref_id = old.id;
    DELETE FROM search_trigram WHERE kind = 'note' AND ref_id = old.id;
END;
