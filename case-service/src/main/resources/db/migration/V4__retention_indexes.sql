-- The retention sweep's reads (RetentionSweep). The sweep looks for the few events that open and
-- end a record's last stage among every event ever stored; a partial index holds only those, so
-- it stays small however large the store grows, and costs nothing on any other event's insert.
CREATE INDEX domain_event_entry_record_lifecycle
    ON domain_event_entry (payload_type, aggregate_identifier)
    WHERE payload_type IN ('casejourney.api.events.CaseClosedEvent',
                           'casejourney.api.events.CaseRecordErasedEvent');

-- Idempotency keys are kept for a retry window, not for ever: the sweep deletes those older than
-- casejourney.idempotency.keep, and an erased case's own at once (they name who acted on it).
CREATE INDEX processed_command_processed_at ON processed_command (processed_at);
CREATE INDEX processed_command_case_id ON processed_command (case_id);
