package casejourney.portal;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.ConferenceDecision;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.MeetingType;
import casejourney.api.ParticipationChoice;
import casejourney.api.ProtectionCategory;
import casejourney.api.Visibility;
import casejourney.api.plan.ChangeKind;
import casejourney.api.views.ClockKind;
import casejourney.api.views.ExpectationStatus;
import casejourney.api.views.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every system string exists in English and Welsh, in every bundle (including staff*). */
class MessageBundlesTest {

  @Test
  void every_key_exists_in_both_languages_in_every_bundle() throws IOException {
    Resource[] english =
        new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
    int bundles = 0;
    for (Resource en : english) {
      String name = en.getFilename();
      if (name == null || name.contains("_")) {
        continue;
      }
      bundles++;
      String base = name.substring(0, name.length() - ".properties".length());
      Resource cy = en.createRelative(base + "_cy.properties");
      assertThat(cy.exists()).as("messages/%s_cy.properties", base).isTrue();
      Set<String> enKeys = keys(en);
      Set<String> cyKeys = keys(cy);
      assertThat(difference(enKeys, cyKeys)).as("keys missing in Welsh (%s)", base).isEmpty();
      assertThat(difference(cyKeys, enKeys)).as("keys missing in English (%s)", base).isEmpty();
      assertThat(load(cy).values())
          .as("blank Welsh values (%s)", base)
          .noneMatch(v -> v.toString().isBlank());
    }
    assertThat(bundles).isGreaterThanOrEqualTo(2);
  }

  /** The keys of every bundle in one language: {@code ""} for English, {@code "_cy"} for Welsh. */
  private static Set<String> allKeys(String language) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String bundle : new String[] {"common", "family", "staff"}) {
      keys.addAll(
          keys(
              new PathMatchingResourcePatternResolver()
                  .getResource("classpath:messages/" + bundle + language + ".properties")));
    }
    return keys;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<String> keys(Resource resource) throws IOException {
    return new TreeSet<>(load(resource).stringPropertyNames());
  }

  private static Properties load(Resource resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = resource.getInputStream()) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Every quotation label and writer the projections can write has words in both languages. */
  @Test
  void every_quotation_label_and_writer_is_worded_in_both_languages() throws IOException {
    List<String> writers = new ArrayList<>(TimelineEntry.Quoted.WRITERS);
    writers.add("OTHER");
    for (String language : new String[] {"", "_cy"}) {
      Set<String> keys = allKeys(language);
      List<String> missing = new ArrayList<>();
      for (String label : TimelineEntry.Quoted.LABELS) {
        missing.add("quote.label." + label);
      }
      for (String by : writers) {
        missing.add("quote.by." + by);
        missing.add("staff.quote.by." + by);
      }
      missing.removeAll(keys);
      assertThat(missing).as("keys missing in messages/*%s.properties", language).isEmpty();
    }
  }

  /**
   * Pages build some message keys from values ("changeKind." + the change's kind): every value of
   * each of those types has words in both languages, not only the values the demo family meets.
   */
  @Test
  void every_value_a_page_words_from_its_type_has_words_in_both_languages() throws IOException {
    Map<String, Class<? extends Enum<?>>> worded = new LinkedHashMap<>();
    worded.put("changeKind.", ChangeKind.class);
    worded.put("staff.change.", ChangeKind.class);
    worded.put("expected.status.", ExpectationStatus.class);
    worded.put("choice.", ParticipationChoice.class);
    worded.put("meetingType.", MeetingType.class);
    worded.put("staff.meetingType.", MeetingType.class);
    worded.put("yp.meetingType.", MeetingType.class);
    worded.put("visibility.", Visibility.class);
    worded.put("staff.visibility.", Visibility.class);
    worded.put("staff.clock.", ClockKind.class);
    worded.put("staff.decision.", ConferenceDecision.class);
    worded.put("staff.category.", ProtectionCategory.class);
    worded.put("meeting.decision.", ConferenceDecision.class);
    worded.put("yp.meeting.decision.", ConferenceDecision.class);
    worded.put("wrong.about.", DisputedItem.class);
    worded.put("yp.wrong.about.", DisputedItem.class);
    worded.put("wrong.state.", DisputeAnswer.class);
    worded.put("yp.wrong.state.", DisputeAnswer.class);
    worded.put("wrong.mark.", DisputeAnswer.class);
    worded.put("yp.wrong.mark.", DisputeAnswer.class);
    worded.put("staff.dispute.about.", DisputedItem.class);
    worded.put("staff.dispute.kind.", DisputedItem.class);
    worded.put("staff.dispute.state.", DisputeAnswer.class);
    worded.put("staff.dispute.answered.", DisputeAnswer.class);
    worded.put("staff.dispute.answerChoice.", DisputeAnswer.class);
    for (String language : new String[] {"", "_cy"}) {
      Set<String> keys = allKeys(language);
      List<String> missing = new ArrayList<>();
      worded.forEach(
          (prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
              if (!keys.contains(prefix + value.name())) {
                missing.add(prefix + value.name());
              }
            }
          });
      assertThat(missing).as("keys missing in messages/*%s.properties", language).isEmpty();
    }
  }
}
