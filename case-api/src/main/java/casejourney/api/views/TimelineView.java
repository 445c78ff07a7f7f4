package casejourney.api.views;

import java.util.List;

/**
 * One person's (or one staff audience's) timeline of a case, in collection {@code timelines}.
 *
 * @param id the document {@code _id}: {@code <caseId>:<personId>} for a family member, {@code
 *     <caseId>:worker} for the allocated worker, {@code <caseId>:chair} for chairs
 * @param caseId the case
 * @param audience whose timeline it is; decides what it contains
 * @param personId the family member's person id, or null for {@link Audience#WORKER} and {@link
 *     Audience#CHAIR}
 * @param entries newest first
 * @param lastSequence the case's aggregate sequence number of the last event applied
 */
public record TimelineView(
    String id,
    String caseId,
    Audience audience,
    String personId,
    List<TimelineEntry> entries,
    long lastSequence) {

  public static final String COLLECTION = "timelines";

  /** The {@code _id} of a family member's timeline. */
  public static String familyId(String caseId, String personId) {
    return caseId + ":" + personId;
  }

  /** The {@code _id} of the worker's timeline. */
  public static String workerId(String caseId) {
    return caseId + ":worker";
  }

  /** The {@code _id} of the chairs' timeline. */
  public static String chairId(String caseId) {
    return caseId + ":chair";
  }
}
