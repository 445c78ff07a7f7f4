package casejourney.portal;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.views.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
    Resource common =
        new PathMatchingResourcePatternResolver()
            .getResource("classpath:messages/common.properties");
    for (Resource bundle : new Resource[] {common, common.createRelative("common_cy.properties")}) {
      Set<String> keys = keys(bundle);
      for (String label : TimelineEntry.Quoted.LABELS) {
        assertThat(keys).as(bundle.getFilename()).contains("quote.label." + label);
      }
      for (String by : TimelineEntry.Quoted.WRITERS) {
        assertThat(keys).as(bundle.getFilename()).contains("quote.by." + by);
      }
    }
  }
}
