-- Records can be corrected and removed (issue 15): a removed record keeps its row, marked removed_at/removed_by,
-- and leaves every view (minutes, register, board, digests, search); record_change keeps each add, edit and removal
-- (who, when, the text before and after) so that ångra can take back a member's own last change and historik shows
-- a record's history.
ALTER TABLE decision ADD COLUMN removed_at TEXT;
ALTER TABLE decision ADD COLUMN removed_by INTEGER;
ALTER TABLE action_item ADD COLUMN removed_at TEXT;
ALTER TABLE action_item ADD COLUMN removed_by INTEGER;
ALTER TABLE agenda_item ADD COLUMN removed_at TEXT;
ALTER TABLE agenda_item ADD COLUMN removed_by INTEGER;
ALTER TABLE meeting_note ADD COLUMN removed_at TEXT;
ALTER TABLE meeting_note ADD COLUMN removed_by INTEGER;
ALTER TABLE round_table_entry ADD COLUMN removed_at TEXT;
ALTER TABLE round_table_entry ADD COLUMN removed_by INTEGER;

-- kind: decision, action, agenda, standing, note, round; change: add, edit, remove.
-- For an action item, before_owners (member ids, comma-separated, in order) and before_due are what an edit replaced.
CREATE TABLE record_change (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL,
    group_id      INTEGER NOT NULL,
    actor_id      INTEGER,
    at            TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('decision', 'action', 'agenda', 'standing', 'note', 'round')),
    change        TEXT NOT NULL CHECK (change IN ('add', 'edit', 'remove')),
    ref_id        INTEGER NOT NULL,
    before_text   TEXT,
    after_text    TEXT,
    before_owners TEXT,
    before_due    TEXT,
    undone_at     TEXT,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, actor_id) REFERENCES member (group_id, id)
);
CREATE INDEX record_change_actor ON record_change (group_id, actor_id, id);
CREATE INDEX record_change_ref ON record_change (group_id, kind, ref_id, id);

-- ---- search: a removed record leaves both indexes; a restored one comes back ----
CREATE TRIGGER decision_search_removed AFTER UPDATE OF removed_at ON decision
WHEN old.removed_at IS NULL AND new.removed_at IS NOT NULL BEGIN
    DELETE FROM search_text WHERE kind = 'decision' AND ref_id = new.id;
    DELETE FROM search_trigram WHERE kind = 'decision' AND ref_id = new.id;
END;
CREATE TRIGGER decision_search_restored AFTER UPDATE OF removed_at ON decision
WHEN old.removed_at IS NOT NULL AND new.removed_at IS NULL BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.text, 'decision', new.id, new.group_id);
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.text, 'decision', new.id, new.group_id);
END;
CREATE TRIGGER action_search_removed AFTER UPDATE OF removed_at ON action_item
WHEN old.removed_at IS NULL AND new.removed_at IS NOT NULL BEGIN
    DELETE FROM search_text WHERE kind = 'action' AND ref_id = new.id;
    DELETE FROM search_trigram WHERE kind = 'action' AND ref_id = new.id;
END;
CREATE TRIGGER action_search_restored AFTER UPDATE OF removed_at ON action_item
WHEN old.removed_at IS NOT NULL AND new.removed_at IS NULL BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.task, 'action', new.id, new.group_id);
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.task, 'action', new.id, new.group_id);
END;
CREATE TRIGGER agenda_search_removed AFTER UPDATE OF removed_at ON agenda_item
WHEN old.removed_at IS NULL AND new.removed_at IS NOT NULL BEGIN
    DELETE FROM search_text WHERE kind = 'agenda' AND ref_id = new.id;
    DELETE FROM search_trigram WHERE kind = 'agenda' AND ref_id = new.id;
END;
CREATE TRIGGER agenda_search_restored AFTER UPDATE OF removed_at ON agenda_item
WHEN old.removed_at IS NOT NULL AND new.removed_at IS NULL BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.text, 'agenda', new.id, new.group_id);
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.text, 'agenda', new.id, new.group_id);
END;
CREATE TRIGGER note_search_removed AFTER UPDATE OF removed_at ON meeting_note
WHEN old.removed_at IS NULL AND new.removed_at IS NOT NULL BEGIN
    DELETE FROM search_text WHERE kind = 'note' AND ref_id = new.id;
    DELETE FROM search_trigram WHERE kind = 'note' AND ref_id = new.id;
END;
CREATE TRIGGER note_search_restored AFTER UPDATE OF removed_at ON meeting_note
WHEN old.removed_at IS NOT NULL AND new.removed_at IS NULL BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.text, 'note', new.id, new.group_id);
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.text, 'note', new.id, new.group_id);
END;
CREATE TRIGGER round_search_removed AFTER UPDATE OF removed_at ON round_table_entry
WHEN old.removed_at IS NULL AND new.removed_at IS NOT NULL BEGIN
    DELETE FROM search_text WHERE kind = 'round' AND ref_id = new.id;
    DELETE FROM search_trigram WHERE kind = 'round' AND ref_id = new.id;
END;
CREATE TRIGGER round_search_restored AFTER UPDATE OF removed_at ON round_table_entry
WHEN old.removed_at IS NOT NULL AND new.removed_at IS NULL BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.report, 'round', new.id, new.group_id);
    INSERT INTO search_trigram (body, kind, ref_id, group_id) VALUES (new.report, 'round', new.id, new.group_id);
END;
