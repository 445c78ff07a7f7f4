package casejourney.caseservice.web;

import java.util.Map;

/**
 * The answer to an accepted command: the case, the version it is now at (send it back as {@code
 * If-Match} or {@code expectedVersion} to guard the next change), and any ids the service created.
 *
 * @param caseId the case
 * @param version the case's version after this command
 * @param ids ids created for this command, such as {@code meetingId}
 * @param replayed true when this is the stored answer to an earlier request with the same command
 *     id
 */
public record CommandAccepted(
    String caseId, long version, Map<String, String> ids, boolean replayed) {}
