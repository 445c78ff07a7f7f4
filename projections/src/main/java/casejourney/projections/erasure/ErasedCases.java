package casejourney.projections.erasure;

import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.projections.store.ViewStore;
import java.time.Instant;
import java.util.Collection;

/**
 * The cases one processing group has erased ({@link CaseRecordErasedEvent}), one small document
 * each in the group's own collection ({@code erased_<group>}), holding no personal data.
 *
 * <p>Erasing deletes the group's documents for the case, and with them the sequence numbers that
 * make a redelivered event harmless. Without a record of the erasure, an event of the case read
 * after it (the outbox publishing an old event again, or a producer's mistake) would find no
 * documents and start the case again. So a group that finds no document of its own for a case asks
 * here before it makes one, and ignores every event of an erased case. Only a group with no
 * document for the case asks: erasing writes this record after deleting the documents, so a case
 * whose document is still there is not erased yet (or its erasure is being redelivered after a
 * crash, and the erased event deletes it again). The record is a group's own, so each group can be
 * replayed alone, and it is cleared with the group's read models: a replay then handles the case
 * exactly as it first did, its events and then its erasure, and ends with the same documents.
 */
public final class ErasedCases {

  /** That a case was erased, and by the event with this sequence number. */
  public record Tombstone(String caseId, Instant erasedAt, long lastSequence) {}

  private final ViewStore store;
  private final String collection;

  public ErasedCases(ViewStore store, String group) {
    this.store = store;
    this.collection = collection(group);
  }

  /** The collection of one group's erased cases. */
  public static String collection(String group) {
    return "erased_" + group.replace('-', '_');
  }

  public boolean erased(String caseId) {
    return store.find(collection, caseId, Tombstone.class).isPresent();
  }

  public void prefetch(Collection<String> caseIds) {
    if (!caseIds.isEmpty()) {
      store.prefetch(collection, caseIds);
    }
  }

  /**
   * Records the erasure. Call it after deleting the case's documents, so that the batch writes it
   * after them.
   */
  public void record(CaseRecordErasedEvent event, long sequence) {
    store.save(
        collection, event.caseId(), new Tombstone(event.caseId(), event.erasedAt(), sequence));
  }

  /** Forgets every erasure, with the rest of the group's read models before a replay. */
  public void clear() {
    store.clear(collection);
  }
}
