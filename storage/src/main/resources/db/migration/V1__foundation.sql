-- Samverka schema, version 1: groups, roster, meetings, agenda, decisions, action items, attendance,
-- laget runt, audit log and the full-text index. Every group-owned row carries workspace_id and group_id,
-- and a composite foreign key ties the pair to chat_group, so a row can never point across groups.

CREATE TABLE workspace (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    external_id TEXT NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE chat_group (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspace (id),
    name         TEXT NOT NULL,
    time_zone    TEXT NOT NULL,
    locale       TEXT NOT NULL CHECK (locale IN ('sv', 'en')),
    created_at   TEXT NOT NULL,
    UNIQUE (workspace_id, id)
);
CREATE UNIQUE INDEX chat_group_name ON chat_group (workspace_id, name COLLATE NOCASE);

CREATE TABLE channel_binding (
    workspace_id INTEGER NOT NULL,
    channel_id   TEXT NOT NULL,
    group_id     INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, channel_id),
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id)
);

CREATE TABLE member (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    organisation TEXT,
    email        TEXT,
    role         TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    UNIQUE (group_id, id)
);
CREATE UNIQUE INDEX member_active_name ON member (group_id, name COLLATE NOCASE) WHERE active = 1;

CREATE TABLE member_identity (
    group_id  INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    platform  TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    PRIMARY KEY (member_id, platform),
    UNIQUE (group_id, platform, user_id),
    FOREIGN KEY (group_id, member_id) REFERENCES member (group_id, id)
);

CREATE TABLE meeting (
    id                INTEGER PRIMARY KEY,
    workspace_id      INTEGER NOT NULL,
    group_id          INTEGER NOT NULL,
    starts_at         INTEGER NOT NULL, -- epoch seconds
    ends_at           INTEGER NOT NULL CHECK (ends_at > starts_at),
    place             TEXT,
    host_organisation TEXT,
    status            TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
    note_taker_id     INTEGER,
    ics_uid           TEXT NOT NULL UNIQUE,
    sequence          INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, note_taker_id) REFERENCES member (group_id, id),
    UNIQUE (group_id, id)
);
CREATE INDEX meeting_group_start ON meeting (group_id, starts_at);

CREATE TABLE agenda_item (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    meeting_id   INTEGER,
    standing     INTEGER NOT NULL CHECK (standing IN (0, 1)),
    text         TEXT NOT NULL,
    proposer_id  INTEGER,
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    retired_at   TEXT, -- a standing item no longer on new agendas; old minutes still show it
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, proposer_id) REFERENCES member (group_id, id),
    CHECK ((standing = 1 AND meeting_id IS NULL) OR (standing = 0 AND meeting_id IS NOT NULL)),
    UNIQUE (group_id, id)
);
CREATE INDEX agenda_item_meeting ON agenda_item (group_id, meeting_id, position);

CREATE TABLE decision (
    id             INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL,
    group_id       INTEGER NOT NULL,
    number         INTEGER NOT NULL,
    meeting_id     INTEGER,
    agenda_item_id INTEGER,
    text           TEXT NOT NULL,
    recorded_by    INTEGER,
    recorded_at    TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT 'chat',
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, agenda_item_id) REFERENCES agenda_item (group_id, id),
    FOREIGN KEY (group_id, recorded_by) REFERENCES member (group_id, id),
    UNIQUE (group_id, number),
    UNIQUE (group_id, id)
);
CREATE INDEX decision_meeting ON decision (group_id, meeting_id);

CREATE TABLE action_item (
    id             INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL,
    group_id       INTEGER NOT NULL,
    number         INTEGER NOT NULL,
    task           TEXT NOT NULL,
    due_date       TEXT, -- ISO local date in the group's zone
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    meeting_id     INTEGER,
    agenda_item_id INTEGER,
    decision_id    INTEGER,
    created_by     INTEGER,
    created_at     TEXT NOT NULL,
    done_at        TEXT,
    done_by        INTEGER,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, agenda_item_id) REFERENCES agenda_item (group_id, id),
    FOREIGN KEY (group_id, decision_id) REFERENCES decision (group_id, id),
    FOREIGN KEY (group_id, created_by) REFERENCES member (group_id, id),
    FOREIGN KEY (group_id, done_by) REFERENCES member (group_id, id),
    UNIQUE (group_id, number),
    UNIQUE (group_id, id)
);
CREATE INDEX action_item_status ON action_item (group_id, status);

CREATE TABLE action_owner (
    group_id  INTEGER NOT NULL,
    action_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (action_id, member_id),
    FOREIGN KEY (group_id, action_id) REFERENCES action_item (group_id, id),
    FOREIGN KEY (group_id, member_id) REFERENCES member (group_id, id)
);
CREATE INDEX action_owner_member ON action_owner (group_id, member_id);

CREATE TABLE attendance (
    group_id    INTEGER NOT NULL,
    meeting_id  INTEGER NOT NULL,
    member_id   INTEGER NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('present', 'absent')),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, member_id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, member_id) REFERENCES member (group_id, id)
);

CREATE TABLE round_table_entry (
    id           INTEGER PRIMARY KEY,
    group_id     INTEGER NOT NULL,
    meeting_id   INTEGER NOT NULL,
    member_id    INTEGER NOT NULL,
    report       TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, member_id) REFERENCES member (group_id, id)
);
CREATE INDEX round_table_meeting ON round_table_entry (group_id, meeting_id);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    actor_id     INTEGER,
    action       TEXT NOT NULL,
    detail       TEXT NOT NULL,
    at           TEXT NOT NULL,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id)
);

-- Full-text search over decisions, action items and agenda points; kept current by triggers.
CREATE VIRTUAL TABLE search_text USING fts5(
    body,
    kind UNINDEXED,
    ref_id UNINDEXED,
    group_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER decision_search_insert AFTER INSERT ON decision BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.text, 'decision', new.id, new.group_id);
END;
CREATE TRIGGER decision_search_update AFTER UPDATE OF text ON decision BEGIN
    UPDATE search_text SET body = new.text WHERE kind = 'decision' AND ref_id = new.id;
END;
CREATE TRIGGER action_search_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.task, 'action', new.id, new.group_id);
END;
CREATE TRIGGER action_search_update AFTER UPDATE OF task ON action_item BEGIN
    UPDATE search_text SET body = new.task WHERE kind = 'action' AND ref_id = new.id;
END;
CREATE TRIGGER agenda_search_insert AFTER INSERT ON agenda_item BEGIN
    INSERT INTO search_text (body, kind, ref_id, group_id) VALUES (new.text, 'agenda', new.id, new.group_id);
END;
CREATE TRIGGER agenda_search_update AFTER UPDATE OF text ON agenda_item BEGIN
    UPDATE search_text SET body = new.text WHERE kind = 'agenda' AND ref_id = new.id;
END;
