-- The language of a web session: the one the member used for webb, switchable on the pages.
ALTER TABLE web_session ADD COLUMN lang TEXT NOT NULL DEFAULT 'sv' CHECK (lang IN ('sv', 'en'));
