-- Samverka schema, version 2: the platform deliveries already carried out (Slack event ids, trigger ids), so a
-- retried delivery is carried out once. Written in the same transaction as the command it carried.

CREATE TABLE processed_request (
    workspace_id INTEGER NOT NULL REFERENCES workspace (id),
    delivery_id  TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (workspace_id, delivery_id)
) WITHOUT ROWID;
CREATE INDEX processed_request_age ON processed_request (received_at);
