package casejourney.portal.disputes;

import casejourney.api.views.Audience;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.MeetingView;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.access.FamilyFilter;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.readmodel.ReadModels;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a parent, carer or the young person said is wrong in the record, and what they can say is
 * wrong (docs/adr/0015), for the pages and the JSON API alike. Only ever their own: the case
 * overview is cut down by {@link FamilyFilter#disputesOf}.
 */
@Component
public class FamilyDisputes {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final ReadModels readModels;
  private final CaseCommands commands;
  private final Clock clock = Clock.systemUTC();

  public FamilyDisputes(ReadModels readModels, CaseCommands commands) {
    this.readModels = readModels;
    this.commands = commands;
  }

  /**
   * @param choices what they can say is wrong, in the order the form offers it
   * @param yours what they said is wrong, newest first, each with what it is about and its answer
   */
  public record Disputes(List<Disputable> choices, List<Told> yours) {}

  /**
   * One thing they said is wrong.
   *
   * @param about what it is about, as they see it
   * @param late not answered, and its last day to answer has passed
   */
  public record Told(Dispute dispute, Disputable about, boolean late) {}

  public Mono<Disputes> disputes(FamilyAccess family) {
    LocalDate today = LocalDate.now(clock.withZone(UK));
    return readModels
        .caseOverview(family.caseId())
        .map(o -> disputes(o, family, today))
        .defaultIfEmpty(new Disputes(List.of(Disputable.other()), List.of()));
  }

  /** Their own disputes alone, oldest first, for marking the items on their other pages. */
  public Mono<List<Dispute>> mine(FamilyAccess family) {
    return readModels
        .caseOverview(family.caseId())
        .map(o -> FamilyFilter.disputesOf(o, family.personId()))
        .defaultIfEmpty(List.of());
  }

  static Disputes disputes(CaseOverviewView o, FamilyAccess family, LocalDate today) {
    List<Disputable> choices = choices(o, family);
    Map<String, Disputable> byToken =
        choices.stream().collect(Collectors.toMap(Disputable::token, c -> c, (a, b) -> a));
    List<Told> yours = new ArrayList<>();
    for (Dispute d : FamilyFilter.disputesOf(o, family.personId())) {
      String token = Disputable.token(d.item(), d.meetingId(), d.reportId(), d.planVersion());
      Disputable about =
          byToken.getOrDefault(
              token,
              new Disputable(
                  d.item(), d.meetingId(), d.reportId(), d.planVersion(), null, null, null));
      yours.add(new Told(d, about, d.lateOn(today)));
    }
    yours.sort(Comparator.comparing((Told t) -> t.dispute().raisedAt()).reversed());
    return new Disputes(choices, yours);
  }

  /**
   * What this person can see and so say is wrong, as case-service allows it: meeting by meeting
   * (newest first), what was decided at a held one they were invited to (the young person: any,
   * every meeting being about them) and the reports shared with them; then each plan version,
   * newest first; then something else, in their own words.
   */
  static List<Disputable> choices(CaseOverviewView o, FamilyAccess family) {
    String me = family.personId();
    boolean youngPerson = family.role() == Audience.YOUNG_PERSON;
    Set<String> invited =
        FamilyFilter.meetings(o, me).stream()
            .map(MeetingView::meetingId)
            .collect(Collectors.toSet());
    List<Disputable> all = new ArrayList<>();
    o.meetings().stream()
        .sorted(Comparator.comparing(MeetingView::startsAt).reversed())
        .forEach(
            m -> {
              if (m.outcome() != null && (youngPerson || invited.contains(m.meetingId()))) {
                all.add(Disputable.outcome(m));
              }
              FamilyFilter.reportsFor(m, me).forEach(r -> all.add(Disputable.report(m, r)));
            });
    o.plans().stream()
        .sorted(Comparator.comparingInt(CaseOverviewView.PlanSummary::version).reversed())
        .forEach(
            p ->
                all.add(
                    Disputable.plan(
                        p.version(),
                        p.publishedAt() == null
                            ? null
                            : p.publishedAt().atZone(UK).toLocalDate())));
    all.add(Disputable.other());
    return List.copyOf(all);
  }

  /**
   * Sends what they said is wrong as themselves; case-service checks again that they can see it.
   *
   * @param disputeId the form's own id, sent as the idempotency key too: a second click of the same
   *     form is answered with the first one's result, and stores nothing twice
   */
  public Mono<CommandOutcome> raise(
      Authentication user,
      FamilyAccess family,
      Disputable about,
      String whatIsWrong,
      String whatItShouldSay,
      String disputeId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("disputeId", disputeId);
    body.put("item", about.item().name());
    if (about.meetingId() != null) {
      body.put("meetingId", about.meetingId());
    }
    if (about.reportId() != null) {
      body.put("reportId", about.reportId());
    }
    if (about.planVersion() != null) {
      body.put("planVersion", about.planVersion());
    }
    body.put("whatIsWrong", whatIsWrong.strip());
    if (whatItShouldSay != null && !whatItShouldSay.isBlank()) {
      body.put("whatItShouldSay", whatItShouldSay.strip());
    }
    return commands.send(user, family.caseId() + "/disputes", body, disputeId);
  }
}
