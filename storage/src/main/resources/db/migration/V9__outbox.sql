-- The outbox: every message the bot sends on its own (digests, reminders, announcements) is written here in the
-- transaction of the change that causes it, under an idempotency key, and sent by the scheduler. And the table of
-- the scheduler library (db-scheduler) that runs the planning and sending, cluster-safe.

CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL,
    group_id       INTEGER NOT NULL,
    message_key    TEXT NOT NULL UNIQUE, -- the idempotency key: "digest:12:2026-W45"; a second enqueue is a no-op
    kind           TEXT NOT NULL,
    platform       TEXT NOT NULL,
    workspace      TEXT NOT NULL,        -- the platform's workspace id
    target         TEXT NOT NULL,        -- a channel id, or 'user:' and a user id
    body           TEXT NOT NULL,        -- the reply (ReplyCodec)
    created_at     TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'parked')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_try       TEXT NOT NULL,
    last_error     TEXT,
    sent_at        TEXT,
    platform_id    TEXT,                 -- the platform's id of the message, once sent
    FOREIGN KEY (workspace_id, group_id) REFERENCES chat_group (workspace_id, id)
);
CREATE INDEX outbox_due ON outbox (status, next_try);

CREATE TABLE scheduled_tasks (
    task_name            TEXT NOT NULL,
    task_instance        TEXT NOT NULL,
    task_data            BLOB,
    execution_time       TIMESTAMP NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP,
    last_failure         TIMESTAMP,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority ON scheduled_tasks (priority DESC, execution_time ASC);
