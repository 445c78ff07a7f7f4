package casejourney.portal.audit;

import java.time.Instant;
import java.util.List;

/**
 * Every staff view of one case on record, oldest first, and whether the record is whole.
 *
 * @param intact true when every entry is there, unchanged, in its place
 * @param views the entries that could be read, including any after a problem
 * @param problem the first thing wrong with the record, or null
 */
public record AuditReport(String caseId, boolean intact, List<View> views, Problem problem) {

  /**
   * One staff view.
   *
   * @param seq its place in the case's record, from 1
   * @param who the staff member's sign-in id
   * @param what the page or route, never anything from the case
   */
  public record View(long seq, String who, String what, Instant when) {}

  /**
   * @param seq the place in the record where it goes wrong
   * @param kind what is wrong there
   * @param explanation the same in words, for the operator reading it
   */
  public record Problem(long seq, Kind kind, String explanation) {}

  /** What can be wrong at one place in the record. */
  public enum Kind {
    /** No entry where the record says there is one: it was removed. */
    MISSING,
    /** The entry is not what was sealed: it was changed, or written by something else. */
    ALTERED,
    /** The entry does not follow the one before it: entries were removed or moved about. */
    RELINKED
  }

  static AuditReport of(String caseId, List<View> views, Problem problem) {
    return new AuditReport(caseId, problem == null, List.copyOf(views), problem);
  }
}
