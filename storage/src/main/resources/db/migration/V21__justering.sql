-- Justering (issue 17): the members chosen to check a meeting's minutes, each version of the minutes sent to them
-- (the Markdown as sent), and who of them approved which version. A meeting whose latest version is 'approved' is
-- locked: its record is not changed until a correction opens a new version (with its reason).
CREATE TABLE minutes_adjuster (
    group_id   INTEGER NOT NULL,
    meeting_id INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, member_id) REFERENCES member (group_id, id),
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE minutes_version (
    id           INTEGER PRIMARY KEY,
    group_id     INTEGER NOT NULL,
    meeting_id   INTEGER NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    state        TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'approved')),
    markdown     TEXT,
    reason       TEXT, -- why a correction opened this version (none for version 1)
    comment      TEXT, -- the latest change a justerare asked for
    opened_by    INTEGER,
    opened_at    TEXT NOT NULL,
    sent_by      INTEGER,
    sent_at      TEXT,
    approved_at  TEXT,
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    CHECK (number = 1 OR (reason IS NOT NULL AND length(trim(reason)) > 0)),
    UNIQUE (meeting_id, number)
);

CREATE TABLE minutes_approval (
    version_id  INTEGER NOT NULL REFERENCES minutes_version (id),
    member_id   INTEGER NOT NULL,
    approved_at TEXT NOT NULL,
    PRIMARY KEY (version_id, member_id)
);

-- "Omedelbar justering": a decision approved at the meeting itself, locked at once.
ALTER TABLE decision ADD COLUMN approved_at TEXT;

-- § numbering: each decision recorded in chat gets the next § of its group and year (§ 1/2026, § 2/2026 …), the
-- year of its meeting (or of its recording, for a decision outside a meeting). D-numbers stay the references.
ALTER TABLE decision ADD COLUMN paragraph INTEGER;
ALTER TABLE decision ADD COLUMN paragraph_year INTEGER;
CREATE UNIQUE INDEX decision_paragraph ON decision (group_id, paragraph_year, paragraph);
