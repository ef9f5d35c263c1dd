-- Guests of one meeting (gäst …): a person who is not on the roster. Kept as a member row with guest = 1 and
-- active = 0, so the roster, reminders and laget runt never count them; present at the meetings listed here only.
CREATE TABLE IF NOT EXISTS meeting_guest (
    group_id   INTEGER NOT NULL,
    meeting_id INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (meeting_id, member_id),
    FOREIGN KEY (group_id, meeting_id) REFERENCES meeting (group_id, id),
    FOREIGN KEY (group_id, member_id) REFERENCES member (group_id, id)
);
CREATE INDEX IF NOT EXISTS meeting_guest_member ON meeting_guest (group_id, member_id);

-- Organisations owning action items ("Länsstyrelsen återkommer om datum"): an organisation of the roster, every
-- municipality ("alla kommuner") or everyone ("alla"), in the order they were written.
CREATE TABLE IF NOT EXISTS action_org_owner (
    group_id     INTEGER NOT NULL,
    action_id    INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('organisation', 'municipalities', 'everyone')),
    organisation TEXT CHECK ((kind = 'organisation') = (organisation IS NOT NULL)),
    PRIMARY KEY (action_id, position),
    FOREIGN KEY (group_id, action_id) REFERENCES action_item (group_id, id)
);
