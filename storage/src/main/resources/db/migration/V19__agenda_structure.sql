-- A real agenda (issue 15, point 4): sub-items (2.1), a presenter and minutes per item, standing items that close
-- the agenda (Övriga frågor, Nästa möte), items tabled to the next meeting (bordlägg), sections (rubrik), and
-- numbers that stay fixed once the agenda is sent. New tables only: agenda_item and meeting are left as they were.

-- What an agenda item says beyond its text; an item without a row here is a plain item.
CREATE TABLE agenda_item_detail (
    agenda_item_id INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL,
    group_id       INTEGER NOT NULL,
    parent_id      INTEGER,                                                  -- a sub-item of that item
    presenter      TEXT CHECK (presenter IS NULL OR length(trim(presenter)) > 0),
    minutes        INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    closing        INTEGER NOT NULL DEFAULT 0 CHECK (closing IN (0, 1)),     -- a standing item that stays last
    tabled_from    INTEGER,                                                  -- the earlier meeting's item
    tabled_to      INTEGER,                                                  -- the meeting it was tabled to
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, agenda_item_id) REFERENCES agenda_item (group_id, id),
    FOREIGN KEY (group_id, parent_id) REFERENCES agenda_item (group_id, id),
    FOREIGN KEY (group_id, tabled_from) REFERENCES agenda_item (group_id, id),
    FOREIGN KEY (group_id, tabled_to) REFERENCES meeting (group_id, id)
);
CREATE INDEX agenda_item_detail_parent ON agenda_item_detail (group_id, parent_id);

-- When a meeting's agenda was sent (dagordning skicka, the reminder the day before, or the first change once the
-- meeting has started): its numbers are fixed from then on.
CREATE TABLE agenda_sent (
    meeting_id   INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    sent_at      TEXT NOT NULL,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id)
);

-- A heading that groups the meeting's items after it; position shares the meeting's item positions.
CREATE TABLE agenda_section (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    meeting_id   INTEGER NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id)
);
CREATE INDEX agenda_section_meeting ON agenda_section (group_id, meeting_id, position);

-- The number an item got on a meeting's agenda when it was sent ("3", "2.1"); never changed afterwards.
CREATE TABLE agenda_number (
    workspace_id   INTEGER NOT NULL,
    group_id       INTEGER NOT NULL,
    meeting_id     INTEGER NOT NULL,
    agenda_item_id INTEGER NOT NULL,
    label          TEXT NOT NULL CHECK (label GLOB '[1-9]*'),
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, agenda_item_id) REFERENCES agenda_item (group_id, id),
    PRIMARY KEY (meeting_id, agenda_item_id),
    UNIQUE (meeting_id, label)
);
