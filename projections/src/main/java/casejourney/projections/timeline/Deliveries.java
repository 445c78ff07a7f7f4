package casejourney.projections.timeline;

import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.TimelineCategory;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.timeline.EntryBuilder.Args;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/** Collects the deliveries for one event; shared by the entry writers. */
final class Deliveries {

  final TimelineText text;
  final CaseFile file;

  /** The case's facts before this event (null before its first): what the event changed. */
  final CaseOverviewView before;

  final String eventId;
  final Instant at;
  private final List<Delivery> out = new ArrayList<>();

  Deliveries(
      TimelineText text, CaseFile file, CaseOverviewView before, String eventId, Instant at) {
    this.text = text;
    this.file = file;
    this.before = before;
    this.eventId = eventId;
    this.at = at;
  }

  /** One entry per target, worded for the target's audience; {@code more} adds to each. */
  void to(
      Collection<Target> targets,
      String kind,
      TimelineCategory category,
      String stem,
      Args args,
      BiConsumer<EntryBuilder, Target> more) {
    for (Target target : targets) {
      EntryBuilder entry =
          new EntryBuilder(text, target.prefix(), eventId, at, kind, category, stem, args);
      more.accept(entry, target);
      out.add(Delivery.add(target, entry.build()));
    }
  }

  /** As {@link #to}, with arguments that depend on the audience as well as the language. */
  void toEach(
      Collection<Target> targets,
      String kind,
      TimelineCategory category,
      String stem,
      java.util.function.Function<Target, Args> args,
      BiConsumer<EntryBuilder, Target> more) {
    for (Target target : targets) {
      to(List.of(target), kind, category, stem, args.apply(target), more);
    }
  }

  void remove(Collection<Target> targets, String contributionId) {
    targets.forEach(t -> out.add(Delivery.removeContribution(t, contributionId)));
  }

  List<Delivery> all() {
    return List.copyOf(out);
  }

  /** A shared word such as {@code type.CORE_GROUP}, in the reader's language. */
  String word(String lang, String prefix, Enum<?> value) {
    return value == null ? "" : text.word(lang, prefix + value.name());
  }

  String name(String personId) {
    return file.person(personId).map(p -> p.name()).orElse("");
  }

  String child() {
    return file.child() == null ? "" : file.child().name();
  }

  static String date(String lang, LocalDate date) {
    return DateWords.date(lang, date);
  }

  static String dateTime(String lang, LocalDateTime at) {
    return DateWords.dateTime(lang, at);
  }

  /** "1 working day", "3 working days", in the reader's language. */
  String workingDays(String lang, int days) {
    return text.format(lang, days == 1 ? "words.working_day" : "words.working_days", days);
  }

  /** The language a family member recorded, for quoting their own words. */
  String languageOf(String personId) {
    return file.person(personId)
        .map(p -> p.language().name().toLowerCase())
        .orElse(TimelineText.EN);
  }
}
