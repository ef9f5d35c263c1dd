-- Follow-up (issue 7, second part).
-- outbox.attempted_at: when the first attempt to send began. A pending message that has it may have reached the
-- platform before the process died; the sender asks the platform (where it can) before sending it again.
ALTER TABLE outbox ADD COLUMN attempted_at TEXT;
