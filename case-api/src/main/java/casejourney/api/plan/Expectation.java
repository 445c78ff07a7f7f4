package casejourney.api.plan;

import casejourney.api.personal.Personal;
import java.time.LocalDate;

/**
 * One thing a plan expects of someone. The {@code expectationId} is stable across plan versions, so
 * versions are compared item by item rather than as text.
 *
 * @param expectationId stable identity across versions
 * @param responsible who must do it
 * @param what what is expected, in plain words
 * @param whatCy Welsh version of {@code what}, or null while a translation is outstanding
 * @param byWhen the date it should be done by
 * @param howWeKnow how we will know it is done (the success measure)
 * @param support the help promised to do it; blank when none
 * @param consequence what happens if it is not done; blank when none is stated
 */
public record Expectation(
    String expectationId,
    Responsible responsible,
    @Personal String what,
    @Personal String whatCy,
    LocalDate byWhen,
    @Personal String howWeKnow,
    @Personal String support,
    @Personal String consequence) {}
