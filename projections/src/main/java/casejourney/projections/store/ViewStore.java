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

  /** Removes every document, before a replay rebuilds them. */
  void clear(String collection);
}
