package casejourney.portal.staff;

import casejourney.api.views.Audience;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistories;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineView;
import casejourney.api.views.WorkerDashboardView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.readmodel.ReadModels;
import casejourney.portal.staff.StaffViews.CasePage;
import casejourney.portal.staff.StaffViews.CaseRow;
import casejourney.portal.staff.StaffViews.ChairRow;
import casejourney.portal.staff.StaffViews.ClockState;
import casejourney.portal.staff.StaffViews.Dashboard;
import casejourney.portal.staff.StaffViews.DisputeDue;
import casejourney.portal.staff.StaffViews.DisputeRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Builds the caseload and case pages from the read models, for HTML and JSON alike. */
@Component
public class StaffPages {

  private final ReadModels readModels;
  private final AccessPolicy access;
  private final StaffCalendar calendar;

  public StaffPages(ReadModels readModels, AccessPolicy access, StaffCalendar calendar) {
    this.readModels = readModels;
    this.access = access;
    this.calendar = calendar;
  }

  /**
   * Each case goes through {@link AccessPolicy#staff} as well, so a dashboard document that lags
   * behind a change of worker shows nothing the access grants no longer allow, and every case shown
   * is audited.
   */
  public Mono<Dashboard> dashboard(Authentication user) {
    Mono<List<CaseRow>> cases =
        AccessPolicy.hasRole(user, Audience.WORKER)
            ? readModels
                .dashboard(user.getName())
                .flatMapMany(d -> Flux.fromIterable(d.cases()))
                .concatMap(item -> allowed(user, item.caseId()).map(a -> row(item)))
                .collectList()
            : Mono.just(List.of());
    Mono<List<ChairRow>> chaired =
        AccessPolicy.hasRole(user, Audience.CHAIR) ? chaired(user) : Mono.just(List.of());
    return Mono.zip(cases, chaired).map(t -> new Dashboard(calendar.today(), t.getT1(), t.getT2()));
  }

  public Mono<CasePage> casePage(StaffAccess staff) {
    String timelineId =
        staff.role() == Audience.WORKER
            ? TimelineView.workerId(staff.caseId())
            : TimelineView.chairId(staff.caseId());
    return Mono.zip(
            overview(staff),
            readModels.timeline(timelineId).map(TimelineView::entries).defaultIfEmpty(List.of()),
            readModels
                .planHistory(staff.caseId())
                .map(PlanHistoryView::versions)
                .defaultIfEmpty(List.of()))
        .map(
            t -> {
              CaseOverviewView shown = forRole(staff, t.getT1());
              return new CasePage(
                  staff.caseId(),
                  staff.role(),
                  shown,
                  t.getT2().stream()
                      .filter(e -> visible(staff, e))
                      .sorted(Comparator.comparing(e -> e.at(), Comparator.reverseOrder()))
                      .toList(),
                  reversed(t.getT3()),
                  meetings(staff, t.getT1()),
                  disputes(shown));
            });
  }

  /** What the family said is wrong, with who said it and what it is about, oldest first. */
  List<DisputeRow> disputes(CaseOverviewView o) {
    return o.disputesOrNone().stream()
        .map(
            d -> {
              MeetingView meeting =
                  d.meetingId() == null
                      ? null
                      : o.meetings().stream()
                          .filter(m -> m.meetingId().equals(d.meetingId()))
                          .findFirst()
                          .orElse(null);
              MeetingView.Report report =
                  meeting == null || d.reportId() == null || meeting.reports() == null
                      ? null
                      : meeting.reports().stream()
                          .filter(r -> r.reportId().equals(d.reportId()))
                          .findFirst()
                          .orElse(null);
              return new DisputeRow(
                  d,
                  MeetingPeople.nameOnCase(o, d.personId()),
                  report,
                  meeting,
                  d.lateOn(calendar.today()));
            })
        .toList();
  }

  /** Past its last day: the day itself is still in time. */
  private boolean overdue(java.time.LocalDate due) {
    return due != null && calendar.today().isAfter(due);
  }

  /**
   * A chair sees the conferences they chair (DOMAIN.md), not the case's other meetings: the
   * overview keeps only those meetings, with their reports, views and outcomes, so the JSON API
   * cannot show more than the page.
   */
  static CaseOverviewView forRole(StaffAccess staff, CaseOverviewView o) {
    if (staff.role() == Audience.WORKER) {
      return o;
    }
    return new CaseOverviewView(
        o.caseId(),
        o.nation(),
        o.child(),
        o.familyMembers(),
        o.worker(),
        o.previousWorkers(),
        o.open(),
        o.closedReason(),
        o.openedAt(),
        o.closedAt(),
        o.strategyDiscussionOn(),
        meetings(staff, o),
        o.plans(),
        chairedDisputes(staff, o),
        o.lastSequence());
  }

  /** What the family disputed about the chair's own meetings: their outcomes and reports. */
  private static List<CaseOverviewView.Dispute> chairedDisputes(
      StaffAccess staff, CaseOverviewView o) {
    java.util.Set<String> chaired =
        meetings(staff, o).stream()
            .map(casejourney.api.views.MeetingView::meetingId)
            .collect(java.util.stream.Collectors.toSet());
    return o.disputesOrNone().stream().filter(d -> chaired.contains(d.meetingId())).toList();
  }

  /**
   * For a chair, entries about another meeting (its reports, the young person's views for it, its
   * outcome) are left out; the case's own entries, such as plan updates, stay.
   */
  static boolean visible(StaffAccess staff, TimelineEntry entry) {
    if (staff.role() == Audience.WORKER) {
      return true;
    }
    String meetingId = entry.links() == null ? null : entry.links().get("meetingId");
    return meetingId == null || staff.meetingIds().contains(meetingId);
  }

  /** The case overview; a case with no overview yet is not found rather than half drawn. */
  public Mono<CaseOverviewView> overview(StaffAccess staff) {
    return readModels.caseOverview(staff.caseId()).switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  /** The latest published plan version, or empty before the first. */
  public Mono<Optional<PlanVersionView>> currentPlan(StaffAccess staff) {
    return readModels
        .planHistory(staff.caseId())
        .map(PlanHistories::current)
        .defaultIfEmpty(Optional.empty());
  }

  /**
   * The current version's number, 0 before the first: what a draft is written from, sent as {@code
   * basedOnVersion} by the plan form and given back by the JSON preview.
   */
  static int versionOf(Optional<PlanVersionView> current) {
    return current.map(PlanVersionView::version).orElse(0);
  }

  /** A worker sees every meeting on the case; a chair only those they chair. */
  public static List<MeetingView> meetings(StaffAccess staff, CaseOverviewView overview) {
    return overview.meetings().stream()
        .filter(m -> staff.role() == Audience.WORKER || staff.meetingIds().contains(m.meetingId()))
        .toList();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private Mono<StaffAccess> allowed(Authentication user, String caseId) {
    return access
        .staff(user, caseId, "dashboard")
        .onErrorResume(CaseNotFound.class, e -> Mono.empty());
  }

  private CaseRow row(CaseloadItem item) {
    List<ClockState> clocks =
        item.clocks().stream()
            .filter(
                c ->
                    c.running()
                        && (c.overdue(calendar.today(), calendar.calendar())
                            || calendar.dueSoon(c.due())))
            .map(
                c ->
                    new ClockState(
                        c.kind(),
                        c.due(),
                        c.overdue(calendar.today(), calendar.calendar()),
                        c.workingDaysOverdue(calendar.today(), calendar.calendar())))
            .toList();
    List<WorkerDashboardView.MissingChoice> upcoming =
        item.missingChoices().stream()
            .filter(m -> m.startsAt() == null || m.startsAt().isAfter(calendar.now()))
            .toList();
    return new CaseRow(
        item.caseId(),
        item.childName(),
        item.open(),
        clocks,
        item.plansNotAcknowledged(),
        upcoming,
        item.lateReports(),
        item.missingTranslations(),
        item.disputesWaitingOrNone().stream()
            .map(w -> new DisputeDue(w, overdue(w.answerDue())))
            .toList());
  }

  private Mono<List<ChairRow>> chaired(Authentication user) {
    return readModels
        .access(user.getName())
        .flatMapMany(a -> Flux.fromIterable(a.cases()))
        .filter(g -> g.active() && g.role() == Audience.CHAIR)
        .map(g -> g.caseId())
        .distinct()
        .concatMap(caseId -> allowed(user, caseId))
        .concatMap(
            staff ->
                Mono.zip(overview(staff), welshTasks(staff.caseId()))
                    .onErrorResume(CaseNotFound.class, e -> Mono.empty())
                    .flatMapIterable(
                        t ->
                            meetings(staff, t.getT1()).stream()
                                .map(m -> chairRow(t.getT1(), m, t.getT2()))
                                .toList()))
        .collectList();
  }

  /**
   * The case's "Welsh text to add" tasks: a chair adds the Welsh to their own meetings' text, so
   * their cards list those of the worker's tasks.
   */
  private Mono<List<WorkerDashboardView.MissingTranslation>> welshTasks(String caseId) {
    return readModels
        .find(CaseloadItem.COLLECTION, caseId, CaseloadItem.class)
        .map(
            i ->
                i.missingTranslations() == null
                    ? List.<WorkerDashboardView.MissingTranslation>of()
                    : i.missingTranslations())
        .defaultIfEmpty(List.of());
  }

  private ChairRow chairRow(
      CaseOverviewView overview,
      MeetingView m,
      List<WorkerDashboardView.MissingTranslation> welsh) {
    boolean cancelled = MeetingView.CANCELLED.equals(m.status());
    boolean upcoming = !cancelled && m.outcome() == null && m.startsAt().isAfter(calendar.now());
    String child = overview.child().personId();
    boolean chose =
        m.choices() != null && m.choices().stream().anyMatch(c -> child.equals(c.youngPersonId()));
    boolean sent =
        m.contributions() != null
            && m.contributions().stream().anyMatch(c -> child.equals(c.youngPersonId()));
    boolean answered = m.chairResponses() != null && !m.chairResponses().isEmpty();
    return new ChairRow(
        overview.caseId(),
        overview.child().name(),
        m,
        upcoming && !chose,
        m.reports() == null ? List.of() : m.reports().stream().filter(r -> r.late()).toList(),
        !cancelled && m.outcome() == null && !m.startsAt().isAfter(calendar.now()),
        sent && !answered,
        welsh.stream()
            .filter(t -> m.meetingId().equals(t.ref()))
            .filter(t -> WelshTexts.MEETING_KINDS.stream().anyMatch(k -> k.name().equals(t.what())))
            .toList());
  }
}
