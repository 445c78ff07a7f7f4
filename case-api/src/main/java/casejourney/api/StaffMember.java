package casejourney.api;

import casejourney.api.personal.Personal;

/**
 * A social worker or conference chair.
 *
 * @param subject their sign-in identity (the token's {@code sub})
 * @param name their name as shown to families
 */
public record StaffMember(String subject, @Personal String name) {}
