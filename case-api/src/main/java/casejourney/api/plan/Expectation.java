package casejourney.api.plan;

import casejourney.api.personal.Personal;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param howWeKnowCy Welsh version of {@code howWeKnow}, or null while a translation is outstanding
 * @param supportCy Welsh version of {@code support}, or null (also when there is no support)
 * @param consequenceCy Welsh version of {@code consequence}, or null (also when none is stated)
 *     <p>The three Welsh fields after {@code consequence} came later: left out of the JSON when
 *     null, so a plan version without them reads and writes exactly as before.
 */
public record Expectation(
    String expectationId,
    Responsible responsible,
    @Personal String what,
    @Personal String whatCy,
    LocalDate byWhen,
    @Personal String howWeKnow,
    @Personal String support,
    @Personal String consequence,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Personal String howWeKnowCy,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Personal String supportCy,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Personal String consequenceCy) {

  /**
   * An expectation with no Welsh for its measure, support or consequence: how every plan version
   * published before those could carry Welsh reads, and what most callers build.
   */
  public Expectation(
      String expectationId,
      Responsible responsible,
      String what,
      String whatCy,
      LocalDate byWhen,
      String howWeKnow,
      String support,
      String consequence) {
    this(
        expectationId,
        responsible,
        what,
        whatCy,
        byWhen,
        howWeKnow,
        support,
        consequence,
        null,
        null,
        null);
  }
}
