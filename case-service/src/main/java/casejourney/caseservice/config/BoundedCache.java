package casejourney.caseservice.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's aggregate cache on Caffeine: the most recently used cases stay in memory, up to a count
 * and for an idle time. Axon's {@code WeakReferenceCache} lets every garbage collection drop a
 * case, after which the next command re-reads its whole history: under load that was most of a
 * command's cost, and it grows with the case's age.
 */
final class BoundedCache implements Cache {

  private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
  private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

  BoundedCache(long maximumSize, Duration idle) {
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .expireAfterAccess(idle)
            .removalListener(
                (Object key, Object value, RemovalCause cause) -> {
                  for (EntryListener listener : listeners) {
                    if (cause == RemovalCause.EXPLICIT) {
                      listener.onEntryRemoved(key);
                    } else if (cause.wasEvicted()) {
                      listener.onEntryExpired(key);
                    }
                  }
                })
            .build();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> V get(K key) {
    V value = (V) entries.getIfPresent(key);
    if (value != null) {
      listeners.forEach(l -> l.onEntryRead(key, value));
    }
    return value;
  }

  @Override
  public void put(Object key, Object value) {
    boolean existed = entries.asMap().put(key, value) != null;
    for (EntryListener listener : listeners) {
      if (existed) {
        listener.onEntryUpdated(key, value);
      } else {
        listener.onEntryCreated(key, value);
      }
    }
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    boolean added = entries.asMap().putIfAbsent(key, value) == null;
    if (added) {
      listeners.forEach(l -> l.onEntryCreated(key, value));
    }
    return added;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    return (T) entries.get(key, k -> valueSupplier.get());
  }

  @Override
  public boolean remove(Object key) {
    return entries.asMap().remove(key) != null;
  }

  @Override
  public void removeAll() {
    entries.invalidateAll();
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.asMap().containsKey(key);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    entries.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
