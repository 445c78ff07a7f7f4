package casejourney.api;

import casejourney.api.personal.Personal;
import java.time.LocalDate;

/**
 * A member of the child's family as recorded on the case.
 *
 * @param personId the person's id on this case
 * @param name the name the family uses for them
 * @param role their part in the case
 * @param language their preferred language, asked and recorded
 * @param subject their sign-in identity (the token's {@code sub}); null when they have no account
 * @param dateOfBirth for the child, so that age-appropriate wording can be chosen; may be null
 */
public record FamilyMember(
    String personId,
    @Personal String name,
    FamilyRole role,
    Language language,
    String subject,
    @Personal LocalDate dateOfBirth) {}
