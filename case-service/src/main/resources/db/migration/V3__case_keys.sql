-- One key per case (docs/adr/0011): every personal field of the case's events is sealed with it,
-- in the event store and on Kafka. At the end of retention the key is destroyed (key set to NULL,
-- the row kept as the record that it was), which makes that data unreadable everywhere at once.
-- In production this table belongs in a separate database or behind a key-management service, so
-- that a backup of the events is not also a backup of their keys.
CREATE TABLE case_key (
    case_id      VARCHAR(100) PRIMARY KEY,
    key_bytes    BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMPTZ,
    CHECK ((key_bytes IS NULL) = (destroyed_at IS NOT NULL))
);
