-- Outlook events that mirror meetings (Microsoft Graph), and where the bot can write to Teams channels and users
-- unasked (proactive messages).

CREATE TABLE calendar_event (
    meeting_id  INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL,
    event_id    TEXT,             -- the calendar's id, once the event is made
    synced_hash TEXT,             -- digest of what the event was last made to say; 'cancelled' once cancelled
    join_url    TEXT,             -- the Teams meeting link, when there is one
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try    TEXT,             -- when to try again after a failure (UTC stamp); NULL when in step
    last_error  TEXT,
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id)
);
CREATE INDEX calendar_event_due ON calendar_event (next_try) WHERE next_try IS NOT NULL;

CREATE TABLE conversation_ref (
    workspace_id     INTEGER NOT NULL REFERENCES workspace (id),
    target           TEXT NOT NULL,  -- a channel id, or 'user:' and the user's id
    service_url      TEXT NOT NULL,
    conversation_id  TEXT,
    platform_user_id TEXT,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (workspace_id, target)
);
