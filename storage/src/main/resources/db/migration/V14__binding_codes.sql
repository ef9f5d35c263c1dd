-- Binding a channel to a group needs the group's chair or secretary, or a one-time code they gave out
-- (grupp kod). A code is stored only as its SHA-256; it binds one channel, once, before it expires.
CREATE TABLE binding_code (
    code_hash    TEXT PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    created_by   INTEGER,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_at      TEXT,
    used_in      TEXT, -- "platform:workspace:channel" it bound
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id),
    FOREIGN KEY (group_id, created_by) REFERENCES member (group_id, id)
);
CREATE INDEX binding_code_group ON binding_code (workspace_id, group_id);

-- A channel of another workspace (or platform) may now be bound to a group with such a code: channel_binding
-- keeps the channel's workspace (workspace_id) apart from the group's (group_workspace_id). Rebuilt, in the same
-- order, since SQLite cannot change a table's foreign key.
CREATE TABLE channel_binding_v14 (
    workspace_id       INTEGER NOT NULL REFERENCES workspace (id),
    channel_id         TEXT NOT NULL,
    group_workspace_id INTEGER NOT NULL,
    group_id           INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, channel_id),
    FOREIGN KEY (group_workspace_id, group_id) REFERENCES chat_group (workspace_id, id)
);
INSERT INTO channel_binding_v14 (workspace_id, channel_id, group_workspace_id, group_id)
    SELECT workspace_id, channel_id, workspace_id, group_id FROM channel_binding ORDER BY rowid;
DROP TABLE channel_binding;
ALTER TABLE channel_binding_v14 RENAME TO channel_binding;
CREATE INDEX channel_binding_group ON channel_binding (group_workspace_id, group_id);
