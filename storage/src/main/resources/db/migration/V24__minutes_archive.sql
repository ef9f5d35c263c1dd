-- The archive copy of each justerad version of a meeting's minutes (issue 17): the PDF/A rendered once when the
-- last justerare approved it, its SHA-256 (hex) and size, and what a registrar's index lists about it, as it was
-- then (meeting day, title, §s and D-numbers of the decisions, justerare — one name a line —, the day of the
-- justering). Never rendered again nor changed: the web serves these bytes and `samverka archive` exports them.
CREATE TABLE minutes_archive (
    version_id   INTEGER PRIMARY KEY REFERENCES minutes_version (id),
    group_id     INTEGER NOT NULL,
    meeting_id   INTEGER NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    meeting_date TEXT NOT NULL,
    title        TEXT NOT NULL,
    paragraphs   TEXT NOT NULL,
    decisions    TEXT NOT NULL,
    adjusters    TEXT NOT NULL,
    adjusted_on  TEXT NOT NULL,
    pdf          BLOB NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes        INTEGER NOT NULL CHECK (bytes = length(pdf)),
    created_at   TEXT NOT NULL,
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id)
);
CREATE INDEX minutes_archive_day ON minutes_archive (group_id, meeting_date);
