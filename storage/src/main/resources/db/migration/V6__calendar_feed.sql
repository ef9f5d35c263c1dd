-- The secret in each group's calendar feed address (GET /calendar/{group}/{secret}.ics); rotatable by command.
ALTER TABLE chat_group ADD COLUMN feed_secret TEXT;
