package casejourney.api.events;

import casejourney.api.ParticipationChoice;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The young person chose how to take part in a meeting, or changed their mind before it started.
 * {@code previousChoice} is null for a first choice.
 */
@Revision("1")
public record ParticipationChosenEvent(
    String caseId,
    String meetingId,
    String youngPersonId,
    ParticipationChoice choice,
    ParticipationChoice previousChoice,
    boolean wantsAdvocate,
    Instant chosenAt)
    implements CaseEvent {}
