package casejourney.api.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing that happened, worded for one audience in English and Welsh. System text ({@code
 * title}, {@code body}) never contains words a person wrote: those are in {@code quotes}, so the
 * portal can show them as quotations and the system text can be checked for readability.
 *
 * @param entryId the id of the event it came from: stable across replays
 * @param kind what happened, for example {@code MEETING_MOVED}, {@code PLAN_UPDATED}, {@code
 *     REPORT_SHARED}, {@code WORKER_CHANGED}, {@code VIEWS_SENT}, {@code CHAIR_RESPONDED}
 * @param category the portal's filter
 * @param at when it was recorded
 * @param when the date and time it is about (a meeting's start), or null
 * @param date the date it is about (a deadline, a hearing day), or null
 * @param title short heading, keys {@code en} and {@code cy}
 * @param body one or two plain sentences, keys {@code en} and {@code cy}
 * @param quotes text written by a person, verbatim
 * @param glossaryKeys terms of art in the text, as {@code casejourney.api.language.Glossary} keys
 * @param links related ids: {@code meetingId}, {@code planVersion}, {@code reportId}, {@code
 *     contributionId}
 * @param flagged true when it needs attention: a plan change that makes things harder, a late
 *     report or meeting, a disagreement
 */
public record TimelineEntry(
    String entryId,
    String kind,
    TimelineCategory category,
    Instant at,
    LocalDateTime when,
    LocalDate date,
    Map<String, String> title,
    Map<String, String> body,
    List<Quoted> quotes,
    List<String> glossaryKeys,
    Map<String, String> links,
    boolean flagged) {

  /**
   * Words a person wrote, shown as a quotation.
   *
   * @param by who wrote it: one of {@link #WRITERS}
   * @param label what the words are: one of {@link #LABELS}, optionally followed by a colon and
   *     what it is about, for example {@code reason:e-course} for the reason one expectation
   *     changed
   * @param lang {@code en} or {@code cy}
   * @param text the words, unchanged
   */
  public record Quoted(String by, String label, String lang, String text) {

    /**
     * Every label the projections write. The portal words each one in English and Welsh ("The
     * reason, from your social worker"), and tests on both sides hold them to this list.
     */
    public static final Set<String> LABELS =
        Set.of(
            "reason",
            "reasons",
            "response",
            "note",
            "report",
            "lateReason",
            "familyView",
            "dissent",
            "safeguardingReason",
            "words",
            "worries",
            "goodThings",
            "wishes",
            "text",
            "whatIsWrong",
            "whatItShouldSay",
            "correction");

    /** Every {@code by}. */
    public static final Set<String> WRITERS = Set.of("WORKER", "CHAIR", "YOUNG_PERSON", "PARENT");

    /** The label without what it is about: {@code reason} for {@code reason:e-course}. */
    public static String kindOf(String label) {
      if (label == null) {
        return "";
      }
      int colon = label.indexOf(':');
      return colon < 0 ? label : label.substring(0, colon);
    }
  }
}
