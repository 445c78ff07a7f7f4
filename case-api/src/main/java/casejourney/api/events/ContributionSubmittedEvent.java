package casejourney.api.events;

import casejourney.api.ContributionForm;
import casejourney.api.Visibility;
import casejourney.api.personal.Personal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The young person sent their views for a meeting and chose who may see them. Fields not used by
 * the chosen {@code form} are null.
 */
@Revision("1")
public record ContributionSubmittedEvent(
    String caseId,
    String meetingId,
    String contributionId,
    String youngPersonId,
    ContributionForm form,
    @Personal String words,
    @Personal String worries,
    @Personal String goodThings,
    @Personal String wishes,
    @Personal String drawingReference,
    Visibility visibility,
    Instant submittedAt)
    implements CaseEvent {}
