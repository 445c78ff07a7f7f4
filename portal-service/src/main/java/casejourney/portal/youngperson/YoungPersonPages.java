package casejourney.portal.youngperson;

import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistories;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.access.FamilyFilter;
import casejourney.portal.readmodel.ReadModels;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds the young person's pages: only their own meetings, choices, views and responses. */
@Component
public class YoungPersonPages {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final ReadModels readModels;
  private final Clock clock = Clock.systemUTC();

  public YoungPersonPages(ReadModels readModels) {
    this.readModels = readModels;
  }

  /**
   * @param meeting their next meeting (or the latest), or null
   * @param choice their latest choice for it, or null
   * @param contributions what they sent for it
   * @param canChange true until the meeting starts
   * @param started true once the meeting has started or its outcome is recorded (and it was not
   *     called off): the page then speaks of it in the past
   * @param advocacyService the advocacy service offered, or null
   * @param responses the chair's responses to them, from every meeting
   */
  public record Meeting(
      MeetingView meeting,
      MeetingView.Choice choice,
      List<MeetingView.Contribution> contributions,
      boolean canChange,
      boolean started,
      String advocacyService,
      List<MeetingView.ChairResponse> responses) {}

  public Mono<Meeting> meeting(FamilyAccess me) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(UK));
    return readModels
        .caseOverview(me.caseId())
        .map(
            overview -> {
              Optional<MeetingView> next = FamilyFilter.nextMeeting(overview, me.personId(), now);
              List<MeetingView.ChairResponse> responses =
                  FamilyFilter.meetings(overview, me.personId()).stream()
                      .flatMap(m -> FamilyFilter.chairResponses(m, me.personId()).stream())
                      .sorted(Comparator.comparing(MeetingView.ChairResponse::respondedAt))
                      .toList();
              return next.map(
                      m ->
                          new Meeting(
                              FamilyFilter.forYoungPerson(m, me.personId()),
                              FamilyFilter.latestChoice(m, me.personId()).orElse(null),
                              FamilyFilter.ownContributions(m, me.personId()),
                              m.outcome() == null
                                  && !MeetingView.CANCELLED.equals(m.status())
                                  && now.isBefore(m.startsAt()),
                              m.outcome() != null
                                  || (!MeetingView.CANCELLED.equals(m.status())
                                      && !now.isBefore(m.startsAt())),
                              m.advocateOffers() == null
                                  ? null
                                  : m.advocateOffers().stream()
                                      .filter(o -> me.personId().equals(o.youngPersonId()))
                                      .map(MeetingView.AdvocateOffer::advocacyService)
                                      .reduce((a, b) -> b)
                                      .orElse(null),
                              responses))
                  .orElse(new Meeting(null, null, List.of(), false, false, null, responses));
            })
        .defaultIfEmpty(new Meeting(null, null, List.of(), false, false, null, List.of()));
  }

  /**
   * The child-friendly plan (DOMAIN.md, "Who may see what"): what everyone wants, what is going
   * well and who will do what by when. Never the risks, the reasons for changes, or the adults'
   * acknowledgements and disagreements, so that neither the page nor the JSON API can show them.
   *
   * @param version the plan version it is taken from
   * @param publishedAt when that version was published
   * @param outcomes what everyone wants for the young person
   * @param strengths what is going well
   * @param tasks who will do what, by when
   */
  public record ChildPlan(
      int version,
      Instant publishedAt,
      List<String> outcomes,
      List<String> strengths,
      List<Task> tasks) {}

  /**
   * @param who the name of whoever does it, as the plan shows it to the family
   * @param what what they will do, in English
   * @param whatCy in Welsh, or null when not yet translated
   * @param byWhen the day it is due, or null
   */
  public record Task(String who, String what, String whatCy, LocalDate byWhen) {}

  /** The current plan, or empty before the first. */
  public Mono<ChildPlan> plan(FamilyAccess me) {
    return readModels
        .planHistory(me.caseId())
        .flatMap(h -> Mono.justOrEmpty(PlanHistories.current(h)))
        .map(YoungPersonPages::childPlan);
  }

  static ChildPlan childPlan(PlanVersionView v) {
    return new ChildPlan(
        v.version(),
        v.publishedAt(),
        v.content().outcomes(),
        v.content().strengths(),
        v.content().expectations().stream()
            .map(
                e ->
                    new Task(
                        e.responsible() == null ? null : e.responsible().name(),
                        e.what(),
                        e.whatCy(),
                        e.byWhen()))
            .toList());
  }
}
