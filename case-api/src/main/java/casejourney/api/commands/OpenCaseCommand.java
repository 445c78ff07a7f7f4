package casejourney.api.commands;

import casejourney.api.FamilyMember;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a case for a child, recording the family members and the allocated social worker. */
public record OpenCaseCommand(
    @TargetAggregateIdentifier String caseId,
    Nation nation,
    FamilyMember child,
    List<FamilyMember> familyMembers,
    StaffMember allocatedWorker) {}
