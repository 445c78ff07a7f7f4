package casejourney.api.events;

import casejourney.api.Visibility;
import casejourney.api.personal.Personal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The chair changed who may see a young person's contribution, for a recorded safeguarding reason.
 * The young person is told.
 */
@Revision("1")
public record ContributionVisibilityOverriddenEvent(
    String caseId,
    String meetingId,
    String contributionId,
    Visibility previousVisibility,
    Visibility visibility,
    @Personal String safeguardingReason,
    Instant overriddenAt)
    implements CaseEvent {}
