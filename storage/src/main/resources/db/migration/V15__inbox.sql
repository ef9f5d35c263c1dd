-- Samverka schema, version 15: the inbox. A platform's command (a Slack slash command, mention or button; a Teams
-- message) is written here before the platform is told "received", carried out from here and answered; what a
-- crash left unanswered is carried out and answered after the restart. The command's effects and its reply are
-- committed together (status 'done'), so a replay never applies a command twice.

CREATE TABLE inbox (
    id           INTEGER PRIMARY KEY,
    platform     TEXT NOT NULL,
    delivery_id  TEXT NOT NULL,       -- the platform's id of the delivery (trigger id, event id, activity id)
    payload      TEXT NOT NULL,       -- the command as received and where to answer it (JSON, the adapter's)
    received_at  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'done', 'answered', 'failed')),
    reply        TEXT,                -- the reply (ReplyCodec), once done
    attempts     INTEGER NOT NULL DEFAULT 0, -- replays after restarts; a command that keeps failing stops at 3
    last_error   TEXT,
    UNIQUE (platform, delivery_id)    -- a platform's retry of a stored delivery is not stored again
);
CREATE INDEX inbox_open ON inbox (platform, status, id);
CREATE INDEX inbox_age ON inbox (received_at);
