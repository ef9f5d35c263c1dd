-- Minutes imported from documents (one row per document and group, so a second import changes nothing), and
-- guests: people named in imported minutes who are not members (they appear in the minutes and may own items).

ALTER TABLE member ADD COLUMN guest INTEGER NOT NULL DEFAULT 0 CHECK (guest IN (0, 1));

CREATE TABLE imported_document (
    group_id    INTEGER NOT NULL,
    digest      TEXT NOT NULL,    -- SHA-256 of the document's text
    file_name   TEXT NOT NULL,
    meeting_id  INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (group_id, digest),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id)
);
