package casejourney.projections.store;

/**
 * A change to a document's {@code entries} array that can be sent on its own, without the rest of
 * the document: a timeline grows by one entry at a time, and rewriting all of it for each one cost
 * time in the square of its length (ADR 0007, tenth pass).
 */
public sealed interface Amendment {

  /** A new entry at the front (entries are newest first). */
  record Prepend(Object entry) implements Amendment {}

  /** Removes every entry whose {@code links} map {@code link} to {@code value}. */
  record RemoveLinked(String link, String value) implements Amendment {}

  /**
   * Puts {@code entry} in place of the entry with the same {@code entryId}, where it stands (one
   * event makes at most one entry in a document); nothing when there is none. For the rare change
   * to words already shown, such as their Welsh version added later.
   */
  record Replace(String entryId, Object entry) implements Amendment {}
}
