package casejourney.api.events;

import casejourney.api.StaffMember;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A different social worker now holds the case. Families see "your new social worker is ...". */
@Revision("1")
public record WorkerChangedEvent(
    String caseId, StaffMember previousWorker, StaffMember newWorker, Instant changedAt)
    implements CaseEvent {}
