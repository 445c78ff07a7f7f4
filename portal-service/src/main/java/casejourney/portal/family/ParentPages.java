package casejourney.portal.family;

import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistories;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.PlanHistoryView.Acknowledgement;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.api.views.PlanHistoryView.Response;
import casejourney.api.views.TimelineCategory;
import casejourney.api.views.TimelineView;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.access.FamilyFilter;
import casejourney.portal.readmodel.ReadModels;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds the parent and carer pages from the read models, for HTML and JSON alike. */
@Component
public class ParentPages {

  static final Map<String, TimelineCategory> FILTERS =
      Map.of(
          "meetings", TimelineCategory.MEETINGS,
          "plans", TimelineCategory.PLANS,
          "reports", TimelineCategory.REPORTS);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final ReadModels readModels;
  private final Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  public ParentPages(ReadModels readModels) {
    this(readModels, Clock.systemUTC());
  }

  ParentPages(ReadModels readModels, Clock clock) {
    this.readModels = readModels;
    this.clock = clock;
  }

  /** The timeline, newest first; {@code show} is one of the filters or anything else for all. */
  public Mono<ParentViews.Timeline> timeline(FamilyAccess family, String show) {
    TimelineCategory category = show == null ? null : FILTERS.get(show);
    return readModels
        .timeline(TimelineView.familyId(family.caseId(), family.personId()))
        .map(TimelineView::entries)
        .defaultIfEmpty(List.of())
        .map(
            entries ->
                new ParentViews.Timeline(
                    category == null ? "all" : show,
                    entries.stream()
                        .filter(e -> category == null || e.category() == category)
                        .sorted(Comparator.comparing(e -> e.at(), Comparator.reverseOrder()))
                        .toList()));
  }

  public Mono<ParentViews.Ledger> expected(FamilyAccess family) {
    LocalDate today = LocalDate.now(clock.withZone(UK));
    return readModels
        .ledger(family.caseId())
        .map(
            l ->
                new ParentViews.Ledger(
                    l.planVersion(), l.family(), l.council(), today, family.personId()))
        .defaultIfEmpty(new ParentViews.Ledger(0, List.of(), List.of(), today, family.personId()));
  }

  /**
   * Changes between two versions; without both, the latest version against the one before. Versions
   * that do not exist give an empty comparison with the valid choices, never an error page.
   */
  public Mono<ParentViews.Changes> whatChanged(FamilyAccess family, Integer from, Integer to) {
    return readModels
        .planHistory(family.caseId())
        .map(history -> changes(history, from, to))
        .defaultIfEmpty(new ParentViews.Changes(List.of(), 0, 0, List.of(), List.of()));
  }

  public Mono<ParentViews.Meeting> meeting(FamilyAccess family) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(UK));
    String me = family.personId();
    return readModels
        .caseOverview(family.caseId())
        .flatMap(
            overview ->
                Mono.justOrEmpty(
                    FamilyFilter.nextMeeting(overview, me, now)
                        .map(
                            m ->
                                new ParentViews.Meeting(
                                    FamilyFilter.forParent(m, me),
                                    FamilyFilter.reportsFor(m, me),
                                    FamilyFilter.sharedContributions(m),
                                    FamilyFilter.meetings(overview, me).stream()
                                        .filter(other -> !other.meetingId().equals(m.meetingId()))
                                        .sorted(
                                            Comparator.comparing(
                                                MeetingView::startsAt, Comparator.reverseOrder()))
                                        .map(
                                            other ->
                                                new ParentViews.Earlier(
                                                    FamilyFilter.forParent(other, me),
                                                    FamilyFilter.reportsFor(other, me)))
                                        .toList()))))
        .defaultIfEmpty(new ParentViews.Meeting(null, List.of(), List.of(), List.of()));
  }

  public Mono<ParentViews.Plan> plan(FamilyAccess family) {
    return readModels
        .planHistory(family.caseId())
        .flatMap(h -> Mono.justOrEmpty(PlanHistories.current(h)))
        .map(
            v -> {
              List<Acknowledgement> acknowledgements =
                  v.acknowledgements().stream()
                      .filter(a -> family.personId().equals(a.personId()))
                      .toList();
              List<Response> responses =
                  v.responses().stream()
                      .filter(r -> family.personId().equals(r.personId()))
                      .toList();
              // Parents may live apart: one never sees the other's answers, in a page or JSON.
              return new ParentViews.Plan(
                  v.withFollowUp(v.metExpectationIds(), acknowledgements, responses),
                  acknowledgements,
                  responses);
            })
        .defaultIfEmpty(new ParentViews.Plan(null, List.of(), List.of()));
  }

  static ParentViews.Changes changes(PlanHistoryView history, Integer from, Integer to) {
    List<Integer> versions =
        history.versions().stream().map(PlanVersionView::version).sorted().toList();
    if (versions.size() < 2) {
      return new ParentViews.Changes(versions, 0, 0, List.of(), List.of());
    }
    int last = versions.get(versions.size() - 1);
    int later = to != null && versions.contains(to) ? to : last;
    int earlier =
        from != null && versions.contains(from) && from < later ? from : previous(versions, later);
    if (earlier == later) {
      return new ParentViews.Changes(versions, earlier, later, List.of(), List.of());
    }
    List<ChangeShown> shown =
        PlanHistories.compare(history, earlier, later).stream()
            .map(change -> shown(history, earlier, later, change))
            .toList();
    List<ParentViews.Correction> corrections =
        history.versions().stream()
            .filter(v -> v.version() > earlier && v.version() <= later)
            .filter(v -> v.correctsVersion() != null)
            .sorted(java.util.Comparator.comparingInt(PlanVersionView::version))
            .map(v -> new ParentViews.Correction(v.version(), v.correctsVersion()))
            .toList();
    return new ParentViews.Changes(versions, earlier, later, shown, corrections);
  }

  private static Optional<PlanVersionView> latest(
      List<PlanVersionView> newestFirst,
      java.util.function.Predicate<PlanHistoryView.Change> made) {
    return newestFirst.stream().filter(v -> v.changes().stream().anyMatch(made)).findFirst();
  }

  private static boolean sameItem(PlanHistoryView.Change recorded, PlanChange change) {
    return recorded.expectationId().equals(change.expectationId());
  }

  private static int previous(List<Integer> versions, int later) {
    return versions.stream().filter(v -> v < later).max(Integer::compare).orElse(later);
  }

  /**
   * The reason and the decider come from the version in range that made this kind of change to this
   * item (the latest, if several did). Not simply the latest version that touched the item: when
   * version 2 brings a deadline forward with a reason and version 3 only adds support, comparing 1
   * with 3 must show version 2's reason for the deadline, not "no reason was needed".
   */
  private static ChangeShown shown(PlanHistoryView history, int from, int to, PlanChange change) {
    List<PlanVersionView> inRange =
        history.versions().stream()
            .filter(v -> v.version() > from && v.version() <= to)
            .sorted(Comparator.comparingInt(PlanVersionView::version).reversed())
            .toList();
    PlanVersionView decider =
        latest(inRange, c -> sameItem(c, change) && c.kind() == change.kind())
            .or(() -> latest(inRange, c -> sameItem(c, change) && c.flagged() == change.flagged()))
            .or(() -> latest(inRange, c -> sameItem(c, change)))
            .orElse(PlanHistories.version(history, to));
    PlanHistoryView.Change recorded =
        decider.changes().stream()
            .filter(c -> sameItem(c, change) && c.reason() != null)
            .min(Comparator.comparing(c -> c.kind() == change.kind() ? 0 : 1))
            .orElse(null);
    Expectation was = in(PlanHistories.version(history, from), change.expectationId());
    Expectation now = in(PlanHistories.version(history, to), change.expectationId());
    Expectation item = now != null ? now : was;
    return new ChangeShown(
        item == null ? change.expectationId() : item.what(),
        item == null ? null : item.whatCy(),
        change.kind(),
        change.flagged(),
        change.before(),
        change.after(),
        recorded == null ? null : recorded.reason(),
        decider.publishedBy() == null ? null : decider.publishedBy().name(),
        decider.version(),
        decider.betweenConferences(),
        decider.decidedAtMeetingType(),
        decider.decidedAtMeetingDate(),
        ChangeShown.welshOf(was, change.before()),
        ChangeShown.welshOf(now, change.after()));
  }

  private static Expectation in(PlanVersionView version, String expectationId) {
    return version.content().expectations().stream()
        .filter(e -> e.expectationId().equals(expectationId))
        .findFirst()
        .orElse(null);
  }
}
