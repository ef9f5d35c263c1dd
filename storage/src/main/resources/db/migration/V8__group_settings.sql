-- Settings a group chooses for itself (the weekly digest's day and time, reminders on or off), as key and value.
CREATE TABLE group_setting (
    group_id INTEGER NOT NULL REFERENCES chat_group (id),
    name     TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (group_id, name)
);
