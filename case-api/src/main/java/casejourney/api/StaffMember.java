package casejourney.api;

/**
 * A social worker or conference chair.
 *
 * @param subject their sign-in identity (the token's {@code sub})
 * @param name their name as shown to families
 */
public record StaffMember(String subject, String name) {}
