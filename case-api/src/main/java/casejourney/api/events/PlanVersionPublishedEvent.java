package casejourney.api.events;

import casejourney.api.BilingualText;
import casejourney.api.StaffMember;
import casejourney.api.personal.Personal;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanContent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A plan version was published. {@code changes} is the item-by-item comparison with the previous
 * version; every flagged change has a reason in {@code reasonsByExpectationId}. {@code
 * decidedAtMeetingId} is null when it was decided between conferences. {@code correctsVersion} is
 * set when this version corrects an earlier one by the same worker. {@code outlinePlanLateReason}
 * says why, in Wales, the outline plan a conference was waiting for came after its 5 working days;
 * null otherwise, and absent from events recorded before 2026-11-27.
 */
@Revision("1")
public record PlanVersionPublishedEvent(
    String caseId,
    int version,
    PlanContent content,
    List<PlanChange> changes,
    Map<String, BilingualText> reasonsByExpectationId,
    String decidedAtMeetingId,
    Integer correctsVersion,
    StaffMember publishedBy,
    Instant publishedAt,
    @Personal String outlinePlanLateReason)
    implements CaseEvent {}
