package casejourney.projections.timeline;

import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineEntry.Quoted;
import casejourney.api.views.TimelineView;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.store.ViewStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Welsh version of worker- or chair-written text, added later ({@link WelshTextAddedEvent}),
 * put beside the English in the entry that quotes it, on every timeline that has that entry, as if
 * it had been given with the English. It makes no new entry: the family were told the news when it
 * happened, and it is the same news, now readable in Welsh.
 *
 * <p>The entry is the newest of its kind about the same thing (the last move of a meeting, the
 * latest answer to a dispute) that quotes the English the case holds now: the Welsh was written
 * from that English. Exclusions and redactions name whose they are in their links; entries written
 * before they did are told apart by their English alone.
 */
final class WelshEntries {

  private WelshEntries() {}

  static List<Delivery> replacements(
      ViewStore store, CaseFile file, WelshTextAddedEvent e, long sequence) {
    if (e.kind() == null || e.welsh() == null || e.welsh().isBlank()) {
      return List.of();
    }
    Optional<WelshQuotation> wanted = WelshQuotation.of(file, e);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Delivery> out = new ArrayList<>();
    for (Target target : timelines(file)) {
      if (store.lastSequence(TimelineView.COLLECTION, target.id()) >= sequence) {
        continue;
      }
      store
          .amended(TimelineView.COLLECTION, target.id(), TimelineView.class)
          .flatMap(t -> translated(t.entries(), wanted.get(), e.welsh()))
          .ifPresent(entry -> out.add(Delivery.replace(target, entry)));
    }
    return out;
  }

  /** The worker's, the chair's and each family member's timeline that can exist. */
  private static List<Target> timelines(CaseFile file) {
    List<Target> all = new ArrayList<>(Recipients.staff(file));
    file.everyone().forEach(p -> Recipients.person(file, p.personId()).ifPresent(all::add));
    return all;
  }

  /**
   * The newest entry that quotes the English, with the Welsh right after it as {@link
   * EntryBuilder#quote} would have put it, in place of any Welsh it had; empty when there is no
   * such entry or it already says this.
   */
  private static Optional<TimelineEntry> translated(
      List<TimelineEntry> entries, WelshQuotation wanted, String welsh) {
    for (TimelineEntry entry : entries) {
      if (!wanted.matches(entry)) {
        continue;
      }
      List<Quoted> quotes = new ArrayList<>();
      for (Quoted q : entry.quotes()) {
        if (wanted.isWelsh(q)) {
          continue;
        }
        quotes.add(q);
        if (wanted.isEnglish(q)) {
          quotes.add(new Quoted(wanted.by(), wanted.label(), TimelineText.CY, welsh));
        }
      }
      if (quotes.equals(entry.quotes())) {
        return Optional.empty();
      }
      return Optional.of(
          new TimelineEntry(
              entry.entryId(),
              entry.kind(),
              entry.category(),
              entry.at(),
              entry.when(),
              entry.date(),
              entry.title(),
              entry.body(),
              List.copyOf(quotes),
              entry.glossaryKeys(),
              entry.links(),
              entry.flagged()));
    }
    return Optional.empty();
  }
}
