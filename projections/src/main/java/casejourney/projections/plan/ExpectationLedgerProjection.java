package casejourney.projections.plan;

import casejourney.api.BilingualText;
import casejourney.api.WelshText;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.views.ExpectationLedgerView;
import casejourney.api.views.ExpectationLedgerView.Line;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.erasure.ErasedCases;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ExpectationLedgerView}: each expectation of the current plan version, how often it
 * has changed, and whether it is met or was reopened. Each new version starts every expectation as
 * not met: the comparison reports a met expectation that is still in the plan as reopened.
 */
@Component
@ProcessingGroup(ProcessingGroups.EXPECTATION_LEDGERS)
public class ExpectationLedgerProjection implements Prefetching {

  private final ViewStore store;
  private final ErasedCases erased;

  public ExpectationLedgerProjection(ViewStore store) {
    this.store = store;
    this.erased = new ErasedCases(store, ProcessingGroups.EXPECTATION_LEDGERS);
  }

  @EventHandler
  public void on(PlanVersionPublishedEvent e, @SequenceNumber long sequence) {
    Optional<ExpectationLedgerView> existing = find(e.caseId());
    if (existing.isPresent() && existing.get().lastSequence() >= sequence) {
      return;
    }
    if (existing.isEmpty() && erased.erased(e.caseId())) {
      return;
    }
    Map<String, Line> before =
        existing.stream()
            .flatMap(l -> concat(l.family(), l.council()).stream())
            .collect(Collectors.toMap(Line::expectationId, Function.identity()));
    Map<String, BilingualText> reasons =
        e.reasonsByExpectationId() == null ? Map.of() : e.reasonsByExpectationId();
    List<Line> family = new ArrayList<>();
    List<Line> council = new ArrayList<>();
    for (Expectation x : e.content().expectations()) {
      Line line = line(x, before.get(x.expectationId()), e.changes(), e.version(), reasons);
      (x.responsible().party().isFamily() ? family : council).add(line);
    }
    store.save(
        ExpectationLedgerView.COLLECTION,
        e.caseId(),
        new ExpectationLedgerView(
            e.caseId(), e.version(), List.copyOf(family), List.copyOf(council), sequence));
  }

  @EventHandler
  public void on(ExpectationMetEvent e, @SequenceNumber long sequence) {
    Optional<ExpectationLedgerView> existing = find(e.caseId());
    // No ledger: no plan yet, or the case was erased; either way there is nothing to mark.
    if (existing.isEmpty() || existing.get().lastSequence() >= sequence) {
      return;
    }
    ExpectationLedgerView ledger = existing.get();
    if (ledger.planVersion() != e.version()) {
      return;
    }
    Function<Line, Line> markMet =
        l ->
            l.expectationId().equals(e.expectationId())
                ? new Line(
                    l.expectationId(),
                    l.responsible(),
                    l.what(),
                    l.whatCy(),
                    l.byWhen(),
                    l.howWeKnow(),
                    l.support(),
                    l.consequence(),
                    true,
                    e.markedAt(),
                    false,
                    l.timesChanged(),
                    l.lastChangeKind(),
                    l.lastChangedInVersion(),
                    l.lastChangeReason(),
                    l.howWeKnowCy(),
                    l.supportCy(),
                    l.consequenceCy())
                : l;
    store.save(
        ExpectationLedgerView.COLLECTION,
        e.caseId(),
        new ExpectationLedgerView(
            ledger.caseId(),
            ledger.planVersion(),
            ledger.family().stream().map(markMet).toList(),
            ledger.council().stream().map(markMet).toList(),
            sequence));
  }

  /**
   * Welsh for what an expectation asks, or for the reason it last changed when that was in the
   * current version (the reason of an earlier version is that version's, and stays as it was).
   */
  @EventHandler
  public void on(WelshTextAddedEvent e, @SequenceNumber long sequence) {
    Optional<ExpectationLedgerView> existing = find(e.caseId());
    // No ledger (no plan yet, an erased case), Welsh that can no longer be read, or other text:
    // nothing changes, so nothing is written.
    if (existing.isEmpty()
        || existing.get().lastSequence() >= sequence
        || e.welsh() == null
        || e.welsh().isBlank()) {
      return;
    }
    ExpectationLedgerView ledger = existing.get();
    Function<Line, Line> translate =
        l -> l.expectationId().equals(e.ref()) ? translated(l, e, ledger.planVersion()) : l;
    List<Line> family = ledger.family().stream().map(translate).toList();
    List<Line> council = ledger.council().stream().map(translate).toList();
    if (family.equals(ledger.family()) && council.equals(ledger.council())) {
      return;
    }
    store.save(
        ExpectationLedgerView.COLLECTION,
        e.caseId(),
        new ExpectationLedgerView(
            ledger.caseId(), ledger.planVersion(), family, council, sequence));
  }

  private static Line translated(Line l, WelshTextAddedEvent e, int planVersion) {
    String whatCy = l.whatCy();
    String howWeKnowCy = l.howWeKnowCy();
    String supportCy = l.supportCy();
    String consequenceCy = l.consequenceCy();
    BilingualText reason = l.lastChangeReason();
    if (e.kind() == WelshText.PLAN_EXPECTATION && l.what() != null) {
      whatCy = e.welsh();
    } else if (e.kind() == WelshText.PLAN_HOW_WE_KNOW && !blank(l.howWeKnow())) {
      howWeKnowCy = e.welsh();
    } else if (e.kind() == WelshText.PLAN_SUPPORT && !blank(l.support())) {
      supportCy = e.welsh();
    } else if (e.kind() == WelshText.PLAN_CONSEQUENCE && !blank(l.consequence())) {
      consequenceCy = e.welsh();
    } else if (e.kind() == WelshText.PLAN_CHANGE_REASON
        && l.lastChangedInVersion() == planVersion
        && reason != null
        && reason.en() != null) {
      reason = new BilingualText(reason.en(), e.welsh());
    } else {
      return l;
    }
    return new Line(
        l.expectationId(),
        l.responsible(),
        l.what(),
        whatCy,
        l.byWhen(),
        l.howWeKnow(),
        l.support(),
        l.consequence(),
        l.met(),
        l.metAt(),
        l.reopened(),
        l.timesChanged(),
        l.lastChangeKind(),
        l.lastChangedInVersion(),
        reason,
        howWeKnowCy,
        supportCy,
        consequenceCy);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  @EventHandler
  public void on(CaseRecordErasedEvent e, @SequenceNumber long sequence) {
    store.delete(ExpectationLedgerView.COLLECTION, e.caseId());
    erased.record(e, sequence);
  }

  @Override
  public void prefetch(List<Object> events) {
    List<String> caseIds = CaseEvents.caseIds(events);
    store.prefetch(ExpectationLedgerView.COLLECTION, caseIds);
    erased.prefetch(caseIds.stream().filter(id -> find(id).isEmpty()).toList());
  }

  @ResetHandler
  public void reset() {
    store.clear(ExpectationLedgerView.COLLECTION);
    erased.clear();
  }

  private Optional<ExpectationLedgerView> find(String caseId) {
    return store.find(ExpectationLedgerView.COLLECTION, caseId, ExpectationLedgerView.class);
  }

  private static Line line(
      Expectation x,
      Line was,
      List<PlanChange> allChanges,
      int version,
      Map<String, BilingualText> reasons) {
    List<PlanChange> changes =
        allChanges.stream().filter(c -> c.expectationId().equals(x.expectationId())).toList();
    int times = was == null ? 0 : was.timesChanged();
    ChangeKind lastKind = was == null ? null : was.lastChangeKind();
    int lastVersion = was == null ? 0 : was.lastChangedInVersion();
    BilingualText lastReason = was == null ? null : was.lastChangeReason();
    if (was != null && !changes.isEmpty()) {
      times++;
      // Flagged kinds first, then declaration order: the change that matters most to the family.
      lastKind =
          changes.stream()
              .map(PlanChange::kind)
              .min(
                  Comparator.comparing((ChangeKind k) -> !k.flagged())
                      .thenComparing(Comparator.naturalOrder()))
              .orElseThrow();
      lastVersion = version;
      lastReason = reasons.get(x.expectationId());
    }
    boolean reopened =
        changes.stream().anyMatch(c -> c.kind() == ChangeKind.MET_EXPECTATION_REOPENED);
    return new Line(
        x.expectationId(),
        x.responsible(),
        x.what(),
        x.whatCy(),
        x.byWhen(),
        x.howWeKnow(),
        x.support(),
        x.consequence(),
        false,
        null,
        reopened || (was != null && was.reopened() && !was.met()),
        times,
        lastKind,
        lastVersion,
        lastReason,
        x.howWeKnowCy(),
        x.supportCy(),
        x.consequenceCy());
  }

  private static List<Line> concat(List<Line> a, List<Line> b) {
    List<Line> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
