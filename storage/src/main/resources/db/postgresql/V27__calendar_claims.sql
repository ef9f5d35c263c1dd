-- Samverka schema, version 27 (PostgreSQL twin of db/migration/V27): calendar claims. Several instances may serve one database (PostgreSQL), and each
-- runs the calendar work (the Outlook sync, the e-mailed invitations). Before it syncs a group's meetings an instance
-- claims that group for that kind of work until held_until; another instance finding it held leaves it and looks
-- again a little later, so each meeting's event or invitation is sent by one instance at a time. A claim is let go
-- when the work is done; one whose holder died runs out.

CREATE TABLE calendar_claim (
    job        TEXT    NOT NULL,
    group_id   BIGINT  NOT NULL REFERENCES chat_group (id) ON DELETE CASCADE,
    held_by    TEXT    NOT NULL,
    held_until TEXT    NOT NULL,
    PRIMARY KEY (job, group_id)
);
