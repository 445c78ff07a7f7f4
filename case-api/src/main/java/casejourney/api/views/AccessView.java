package casejourney.api.views;

import java.util.List;

/**
 * What one signed-in person may see, in collection {@code access} with {@code _id} = their sign-in
 * subject. The portal shows nothing that is not granted here.
 *
 * @param subject the sign-in subject
 * @param cases one grant per case and role
 */
public record AccessView(String subject, List<CaseAccess> cases) {

  public static final String COLLECTION = "access";

  /**
   * One grant.
   *
   * @param caseId the case
   * @param role the role they see it in
   * @param personId for a family member, their person id on the case; null for staff
   * @param meetingIds for a chair, the meetings they chair; empty otherwise
   * @param active false once taken away (a worker replaced on the case)
   * @param lastSequence the case's aggregate sequence number of the last event applied
   */
  public record CaseAccess(
      String caseId,
      Audience role,
      String personId,
      List<String> meetingIds,
      boolean active,
      long lastSequence) {}
}
