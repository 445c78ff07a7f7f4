package casejourney.portal.access;

import casejourney.api.views.Audience;
import java.util.List;

/**
 * A worker's or chair's grant on one case.
 *
 * @param subject their sign-in subject
 * @param caseId the case
 * @param role {@link Audience#WORKER} or {@link Audience#CHAIR}
 * @param meetingIds for a chair, the meetings they chair
 */
public record StaffAccess(String subject, String caseId, Audience role, List<String> meetingIds) {}
