package casejourney.projections.timeline;

import static casejourney.api.views.TimelineCategory.VIEWS;

import casejourney.api.Visibility;
import casejourney.api.events.AdvocateOfferedEvent;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.ContributionSubmittedEvent;
import casejourney.api.events.ContributionVisibilityOverriddenEvent;
import casejourney.api.events.ParticipationChosenEvent;
import casejourney.api.views.Audience;
import casejourney.api.views.MeetingView;
import java.util.List;
import java.util.Optional;

/**
 * Entries about the young person's voice. Their contribution reaches a parent's timeline only while
 * its visibility is "everyone at the meeting"; if the chair hides it, it is taken out again.
 */
final class ViewsEntries {

  private ViewsEntries() {}

  static boolean write(Deliveries d, Object event) {
    List<Target> ypAndStaff =
        Recipients.plus(Recipients.youngPerson(d.file).stream().toList(), Recipients.staff(d.file));
    if (event instanceof AdvocateOfferedEvent e) {
      d.to(
          ypAndStaff,
          "ADVOCATE_OFFERED",
          VIEWS,
          "advocate_offered",
          lang -> new Object[] {e.advocacyService(), d.name(e.youngPersonId())},
          (b, t) -> b.link("meetingId", e.meetingId()));
    } else if (event instanceof ParticipationChosenEvent e) {
      d.toEach(
          ypAndStaff,
          e.previousChoice() == null ? "CHOICE_MADE" : "CHOICE_CHANGED",
          VIEWS,
          e.previousChoice() == null ? "choice_made" : "choice_changed",
          t ->
              lang ->
                  new Object[] {
                    d.word(lang, t.prefix() + ".choice.", e.choice()), d.name(e.youngPersonId())
                  },
          (b, t) -> {
            b.link("meetingId", e.meetingId());
            if (e.wantsAdvocate()) {
              b.also("choice.wants_advocate", lang -> new Object[] {d.name(e.youngPersonId())});
            }
          });
    } else if (event instanceof ContributionSubmittedEvent e) {
      List<Target> who =
          e.visibility() == Visibility.EVERYONE_AT_MEETING
              ? Recipients.plus(ypAndStaff, Recipients.parents(d.file))
              : ypAndStaff;
      contribution(
          d, who, e.meetingId(), e.contributionId(), "VIEWS_SENT", "views_sent", e.visibility());
    } else if (event instanceof ContributionVisibilityOverriddenEvent e) {
      d.to(
          ypAndStaff,
          "VIEWS_VISIBILITY_CHANGED",
          VIEWS,
          "views_overridden",
          lang -> new Object[] {d.word(lang, "visibility.", e.visibility())},
          (b, t) -> {
            b.link("meetingId", e.meetingId())
                .link("contributionId", e.contributionId())
                .flagged(true);
            if (t.prefix().equals("staff")) {
              b.quote("CHAIR", "safeguardingReason", "en", e.safeguardingReason());
            }
          });
      if (e.visibility() == Visibility.CHAIR_AND_WORKER) {
        d.remove(Recipients.parents(d.file), e.contributionId());
      } else {
        contribution(
            d,
            Recipients.parents(d.file),
            e.meetingId(),
            e.contributionId(),
            "VIEWS_SENT",
            "views_sent",
            e.visibility());
      }
    } else if (event instanceof ChairRespondedToViewsEvent e) {
      d.to(
          ypAndStaff,
          "CHAIR_RESPONDED",
          VIEWS,
          "chair_responded",
          lang -> new Object[] {d.name(e.youngPersonId())},
          (b, t) -> b.link("meetingId", e.meetingId()).quote("CHAIR", "response", e.response()));
    } else {
      return false;
    }
    return true;
  }

  private static void contribution(
      Deliveries d,
      List<Target> who,
      String meetingId,
      String contributionId,
      String kind,
      String stem,
      Visibility visibility) {
    Optional<MeetingView.Contribution> found =
        MeetingEntries.meeting(d, meetingId)
            .flatMap(
                m ->
                    m.contributions().stream()
                        .filter(c -> c.contributionId().equals(contributionId))
                        .findFirst());
    if (found.isEmpty()) {
      return;
    }
    MeetingView.Contribution c = found.get();
    String lang = d.languageOf(c.youngPersonId());
    d.to(
        who,
        kind,
        VIEWS,
        stem,
        l ->
            new Object[] {
              d.name(c.youngPersonId()),
              d.word(l, "visibility.", visibility),
              d.word(l, "form.", c.form())
            },
        (b, t) -> {
          b.link("meetingId", meetingId).link("contributionId", contributionId);
          if (t.audience() == Audience.PARENT && visibility != Visibility.EVERYONE_AT_MEETING) {
            throw new IllegalStateException("a private contribution must never reach a parent");
          }
          b.quote("YOUNG_PERSON", "words", lang, c.words())
              .quote("YOUNG_PERSON", "worries", lang, c.worries())
              .quote("YOUNG_PERSON", "goodThings", lang, c.goodThings())
              .quote("YOUNG_PERSON", "wishes", lang, c.wishes());
          if (c.drawingReference() != null) {
            b.link("drawing", c.drawingReference());
          }
        });
  }
}
