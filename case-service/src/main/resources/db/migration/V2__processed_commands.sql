-- Client-supplied command ids (Idempotency-Key). A row is written in the same transaction as the
-- command's events, so a retried request either finds the first result or races into the primary
-- key and is rolled back: never a second set of events.
CREATE TABLE processed_command (
    actor_sub     VARCHAR(255) NOT NULL,
    command_id    VARCHAR(100) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    case_id       VARCHAR(100) NOT NULL,
    case_version  BIGINT       NOT NULL,
    accepted_ids  TEXT         NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor_sub, command_id)
);
