-- Samverka schema, version 26 (PostgreSQL twin of db/migration/V26): inbox claims. Several instances may serve
-- one database: each stored command is claimed by the one instance that carries it out and answers it (claimed_by: host/process/start,
-- claimed_at: when it last said it still holds it, renewed every few seconds). Another instance takes up only
-- entries with no claim, a claim gone stale (its holder stopped renewing: dead or cut off) or a claim of a process on
-- its own machine that no longer runs; so a command in flight on a live instance is never carried out or answered by
-- a second one.

ALTER TABLE inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE inbox ADD COLUMN claimed_at TEXT;
CREATE INDEX inbox_claims ON inbox (claimed_by);
