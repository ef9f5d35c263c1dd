-- The meeting page as the secretary's editor and the justerare's review page (issue 17).
-- web_draft: what a member typed into an editor form that reached us after their session had expired; kept for
-- them (by their chat identity, per page) until they sign in again and save or drop it. Never carried out by itself.
CREATE TABLE web_draft (
    platform  TEXT NOT NULL,
    workspace TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    path      TEXT NOT NULL,
    fields    TEXT NOT NULL, -- the form as posted, application/x-www-form-urlencoded
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (platform, workspace, user_id, path)
);

-- web_link_use: a review link from protokoll klart opens once (by the SHA-256 of the link); a second opening is refused.
CREATE TABLE web_link_use (
    token_hash TEXT PRIMARY KEY,
    used_at    TEXT NOT NULL
);

-- minutes_comment: a justerare's comment on one item of a version sent for justering (agenda_item_id NULL: on the
-- whole minutes), written on the review page with "Justera" or "Begär ändring"; shown to the secretary.
CREATE TABLE minutes_comment (
    id             INTEGER PRIMARY KEY,
    group_id       INTEGER NOT NULL,
    meeting_id     INTEGER NOT NULL,
    version_id     INTEGER NOT NULL REFERENCES minutes_version (id),
    agenda_item_id INTEGER,
    member_id      INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('approve', 'change')),
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    written_at     TEXT NOT NULL,
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, member_id) REFERENCES member (group_id, id)
);
CREATE INDEX minutes_comment_meeting ON minutes_comment (group_id, meeting_id, id);
