package casejourney.projections.store;

import java.util.List;

/**
 * A projection that can say, from a batch of events, which documents it will read, so they are
 * fetched with one {@code $in} query per collection instead of one query each.
 */
public interface Prefetching {

  /** Called once at the start of each batch with the batch's event payloads. */
  void prefetch(List<Object> events);
}
