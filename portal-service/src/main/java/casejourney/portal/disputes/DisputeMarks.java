package casejourney.portal.disputes;

import casejourney.api.DisputedItem;
import casejourney.api.views.CaseOverviewView.Dispute;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * For the family templates ({@code @disputed}): beside a report, a meeting's outcome or a plan
 * version, what the person said is wrong about it, and the link to say so.
 */
@Component("disputed")
public class DisputeMarks {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Clock clock = Clock.systemUTC();

  /** The person's own disputes about one item, oldest first; {@code mine} is theirs alone. */
  public List<Dispute> about(
      List<Dispute> mine, String item, String meetingId, String reportId, Integer planVersion) {
    if (mine == null) {
      return List.of();
    }
    return mine.stream()
        .filter(d -> d.item().name().equals(item))
        .filter(d -> Objects.equals(d.meetingId(), meetingId))
        .filter(d -> Objects.equals(d.reportId(), reportId))
        .filter(d -> Objects.equals(d.planVersion(), planVersion))
        .toList();
  }

  /** The form, with the item chosen: {@code base} is the person's "something wrong" address. */
  public String ask(
      String base, String item, String meetingId, String reportId, Integer planVersion) {
    String token = Disputable.token(DisputedItem.valueOf(item), meetingId, reportId, planVersion);
    return base + "/new?about=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /**
   * {@code WAITING}, {@code EXTENDED} (the worker took more time, and it has not run out), {@code
   * LATE} (past its day, extended or not, unanswered), {@code CORRECTED} or {@code NOT_CHANGED}.
   */
  public String state(Dispute d) {
    if (d.answered()) {
      return d.answer().name();
    }
    if (d.lateOn(LocalDate.now(clock.withZone(UK)))) {
      return "LATE";
    }
    return d.extended() ? "EXTENDED" : "WAITING";
  }

  /** The GOV.UK tag colour for a state. */
  public String tag(String state) {
    return switch (state) {
      case "LATE" -> "govuk-tag--red";
      case "CORRECTED" -> "govuk-tag--green";
      case "NOT_CHANGED" -> "govuk-tag--grey";
      default -> "govuk-tag--blue";
    };
  }
}
