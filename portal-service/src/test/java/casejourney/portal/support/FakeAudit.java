package casejourney.portal.support;

import casejourney.portal.audit.AuditReport;
import casejourney.portal.audit.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/** Keeps audit entries in memory; its record is always whole. */
public class FakeAudit implements AuditTrail {

  public record Entry(String who, String what, String caseId) {}

  public final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public Mono<Void> viewed(String subject, String what, String caseId) {
    return Mono.fromRunnable(() -> entries.add(new Entry(subject, what, caseId)));
  }

  @Override
  public Mono<AuditReport> report(String caseId) {
    return Mono.fromCallable(
        () -> {
          List<AuditReport.View> views = new ArrayList<>();
          for (Entry e : entries) {
            if (e.caseId().equals(caseId)) {
              views.add(new AuditReport.View(views.size() + 1, e.who(), e.what(), Instant.EPOCH));
            }
          }
          return new AuditReport(caseId, true, views, null);
        });
  }
}
