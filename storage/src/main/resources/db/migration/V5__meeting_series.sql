-- Meeting series: a rule ("tredje fredagen varje månad") with rotating hosts, and which meetings it made. Each
-- meeting stays a meeting of its own (moved or cancelled alone); the series can be extended or ended.

CREATE TABLE meeting_series (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    command      TEXT NOT NULL,    -- the arguments it was planned with, to extend it the same way
    hosts        TEXT NOT NULL,    -- the rotation, one host per line
    created_at   TEXT NOT NULL,
    ended_at     TEXT,
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    UNIQUE (group_id, id)
);

CREATE TABLE series_meeting (
    group_id   INTEGER NOT NULL,
    series_id  INTEGER NOT NULL,
    meeting_id INTEGER NOT NULL PRIMARY KEY,
    position   INTEGER NOT NULL,   -- which turn of the rotation
    FOREIGN KEY (group_id, series_id) REFERENCES meeting_series (group_id, id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id)
);
