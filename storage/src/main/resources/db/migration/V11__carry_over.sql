-- Carry-over: what an owner said of an open action item before a meeting ("Pågår", "Flytta till nästa möte"),
-- shown on that meeting's agenda under "Punkter från föregående möte". The item stays open until it is done.
ALTER TABLE action_item ADD COLUMN progress TEXT CHECK (progress IN ('ongoing', 'postponed'));
ALTER TABLE action_item ADD COLUMN progress_meeting_id INTEGER; -- the meeting the answer was given for
ALTER TABLE action_item ADD COLUMN progress_at TEXT;
