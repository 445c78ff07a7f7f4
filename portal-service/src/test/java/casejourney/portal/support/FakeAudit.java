package casejourney.portal.support;

import casejourney.portal.audit.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/** Keeps audit entries in memory. */
public class FakeAudit implements AuditTrail {

  public record Entry(String who, String what, String caseId) {}

  public final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public Mono<Void> viewed(String subject, String what, String caseId) {
    return Mono.fromRunnable(() -> entries.add(new Entry(subject, what, caseId)));
  }
}
