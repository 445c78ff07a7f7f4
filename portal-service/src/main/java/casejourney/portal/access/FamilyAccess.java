package casejourney.portal.access;

import casejourney.api.views.Audience;

/**
 * The one case a signed-in family member sees, found from their access document, never from the
 * address: family pages carry no ids.
 *
 * @param subject their sign-in subject
 * @param caseId their family's case
 * @param personId who they are on it
 * @param role {@link Audience#PARENT} or {@link Audience#YOUNG_PERSON}
 */
public record FamilyAccess(String subject, String caseId, String personId, Audience role) {}
