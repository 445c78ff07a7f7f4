package casejourney.projections.store;

import java.util.Optional;

/** Read models as whole documents, fetched and replaced by {@code _id}. */
public interface ViewStore {

  <T> Optional<T> find(String collection, String id, Class<T> type);

  void save(String collection, String id, Object view);

  /**
   * Hints that these documents will be read in the current batch. Stores without a batch cache
   * ignore it.
   */
  default void prefetch(String collection, java.util.Collection<String> ids) {}

  void delete(String collection, String id);

  /**
   * The ids of the documents whose {@code field} (a dotted path, read through arrays as MongoDB
   * reads it: {@code cases.caseId} matches any of a document's cases) is {@code value}, as the
   * current batch sees them: a document this batch saved or deleted counts as it now is. For
   * documents written whole; not an index, so a projection asks only for what it cannot key.
   */
  java.util.List<String> idsWhere(String collection, String field, String value);

  /**
   * A document's {@code lastSequence}, read without the rest of it, or -1 when there is no such
   * document. For documents changed only by {@link #amend}.
   */
  long lastSequence(String collection, String id);

  /** Hints that these documents' sequences will be read in the current batch. */
  default void prefetchSequences(String collection, java.util.Collection<String> ids) {}

  /**
   * Changes a document's {@code entries} and sets its {@code lastSequence}, without reading or
   * rewriting the rest of it.
   *
   * @param created the document to start from when there is none, with no entries
   */
  void amend(String collection, String id, Object created, Amendment change, long sequence);

  /**
   * A document changed only by {@link #amend}, read whole as this batch has changed it so far, or
   * empty when there is none. Only for the rare change that must see what is there ({@link
   * Amendment.Replace}); a document is never read whole to add to it.
   */
  <T> Optional<T> amended(String collection, String id, Class<T> type);

  /** Removes every document, before a replay rebuilds them. */
  void clear(String collection);
}
