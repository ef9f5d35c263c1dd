-- The web pages: the secret that signs personal links (made on first use, kept across restarts) and the browser
-- sessions opened from them. A session is stored by the SHA-256 of its cookie value, so the table alone opens nothing.
CREATE TABLE web_secret (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL -- base64
);

CREATE TABLE web_session (
    id_hash    TEXT PRIMARY KEY,
    platform   TEXT NOT NULL,
    workspace  TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    group_ids  TEXT NOT NULL, -- "workspace_id:group_id,…": the groups the session may see
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX web_session_expiry ON web_session (expires_at);
CREATE INDEX decision_group ON decision (group_id, recorded_at);
