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

  /** Removes every document, before a replay rebuilds them. */
  void clear(String collection);
}
