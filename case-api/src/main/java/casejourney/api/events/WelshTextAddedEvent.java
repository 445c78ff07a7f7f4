package casejourney.api.events;

import casejourney.api.WelshText;
import casejourney.api.personal.Personal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The Welsh version of one piece of worker-written text was added, or corrected. Readers put it
 * beside the English wherever that text is shown; nothing else about the record changes. The Welsh
 * is sealed, as worker-written text always is. For the plan kinds it belongs to the plan version
 * that was current when it was added.
 *
 * @param kind which text, with {@code ref}, {@code personId} and {@code reportId} as {@link
 *     WelshText} says; {@code personId} and {@code reportId} are null where the kind has none
 */
@Revision("1")
public record WelshTextAddedEvent(
    String caseId,
    WelshText kind,
    String ref,
    String personId,
    String reportId,
    @Personal String welsh,
    Instant addedAt)
    implements CaseEvent {}
