package casejourney.projections.timeline;

import casejourney.api.BilingualText;
import casejourney.api.language.JargonFinder;
import casejourney.api.views.TimelineCategory;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineEntry.Quoted;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds one entry for one audience from templates {@code <prefix>.<stem>.title} and {@code
 * <prefix>.<stem>.body}, plus optional extra sentences. Arguments are worked out per language, so a
 * date or a meeting type is written in the reader's language.
 */
final class EntryBuilder {

  /** Template arguments for one language. */
  interface Args extends Function<String, Object[]> {}

  static final Args NONE = lang -> new Object[0];

  private record Sentence(String key, Args args) {}

  private final TimelineText text;
  private final String prefix;
  private final String eventId;
  private final Instant at;
  private final String kind;
  private final TimelineCategory category;
  private final Sentence title;
  private final List<Sentence> body = new ArrayList<>();
  private final List<Quoted> quotes = new ArrayList<>();
  private final Map<String, String> links = new TreeMap<>();
  private LocalDateTime when;
  private LocalDate date;
  private boolean flagged;

  EntryBuilder(
      TimelineText text,
      String prefix,
      String eventId,
      Instant at,
      String kind,
      TimelineCategory category,
      String stem,
      Args args) {
    this.text = text;
    this.prefix = prefix;
    this.eventId = eventId;
    this.at = at;
    this.kind = kind;
    this.category = category;
    this.title = new Sentence(prefix + "." + stem + ".title", args);
    body.add(new Sentence(prefix + "." + stem + ".body", args));
  }

  /** Adds the sentence {@code <prefix>.<key>} to the body. */
  EntryBuilder also(String key, Args args) {
    body.add(new Sentence(prefix + "." + key, args));
    return this;
  }

  EntryBuilder when(LocalDateTime when) {
    this.when = when;
    return this;
  }

  EntryBuilder date(LocalDate date) {
    this.date = date;
    return this;
  }

  EntryBuilder link(String name, Object id) {
    if (id != null) {
      links.put(name, String.valueOf(id));
    }
    return this;
  }

  EntryBuilder flagged(boolean flagged) {
    this.flagged = this.flagged || flagged;
    return this;
  }

  /** Worker- or chair-written text in both languages where it has them, verbatim. */
  EntryBuilder quote(String by, String label, BilingualText words) {
    if (words != null) {
      quote(by, label, TimelineText.EN, words.en());
      if (!words.welshMissing()) {
        quote(by, label, TimelineText.CY, words.cy());
      }
    }
    return this;
  }

  EntryBuilder quote(String by, String label, String lang, String words) {
    // Labels and writers are fixed in code, never taken from an event: an unknown one is a
    // programming error the handler tests catch, not something a family should see as "??".
    if (!Quoted.LABELS.contains(Quoted.kindOf(label)) || !Quoted.WRITERS.contains(by)) {
      throw new IllegalArgumentException("No wording for a quotation by " + by + ": " + label);
    }
    if (words != null && !words.isBlank()) {
      quotes.add(new Quoted(by, label, lang, words));
    }
    return this;
  }

  TimelineEntry build() {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> bodies = new LinkedHashMap<>();
    for (String lang : List.of(TimelineText.EN, TimelineText.CY)) {
      titles.put(lang, render(lang, title));
      List<String> sentences = new ArrayList<>();
      body.forEach(s -> sentences.add(render(lang, s)));
      bodies.put(lang, String.join(" ", sentences));
    }
    List<String> glossary = JargonFinder.find(titles.get("en") + ". " + bodies.get("en"));
    return new TimelineEntry(
        eventId,
        kind,
        category,
        at,
        when,
        date,
        titles,
        bodies,
        List.copyOf(quotes),
        glossary,
        links,
        flagged);
  }

  /**
   * A name, place or other word that can no longer be read (its case's key was destroyed at the end
   * of retention) is simply left out: MessageFormat would write the word "null".
   */
  private String render(String lang, Sentence sentence) {
    Object[] args = sentence.args().apply(lang).clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        args[i] = "";
      }
    }
    return text.format(lang, sentence.key(), args);
  }
}
