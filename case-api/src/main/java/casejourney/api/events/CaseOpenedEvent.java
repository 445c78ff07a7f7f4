package casejourney.api.events;

import casejourney.api.FamilyMember;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A case was opened for a child, with the family members and the allocated social worker. Starts
 * the journey; every later event refers to {@code caseId}.
 */
@Revision("1")
public record CaseOpenedEvent(
    String caseId,
    Nation nation,
    FamilyMember child,
    List<FamilyMember> familyMembers,
    StaffMember allocatedWorker,
    Instant openedAt)
    implements CaseEvent {}
