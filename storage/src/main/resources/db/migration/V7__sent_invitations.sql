-- Calendar invitations e-mailed to the members: the meeting's SEQUENCE last sent, and failed sendings to retry.
CREATE TABLE sent_invitation (
    meeting_id  INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL,
    sequence    INTEGER NOT NULL DEFAULT -1,  -- -1: never sent
    cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    sent_at     TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try    TEXT,
    last_error  TEXT,
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id)
);
CREATE INDEX sent_invitation_due ON sent_invitation (next_try) WHERE next_try IS NOT NULL;
