package casejourney.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Remembered messages are exactly what Spring's message source answers, every time. */
class RememberedMessagesTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private final ResourceBundleMessageSource spring = springMessages();
  private final MessageSource remembered =
      (MessageSource)
          new RememberedMessages().postProcessAfterInitialization(spring, "messageSource");

  @Test
  void only_the_application_message_source_is_wrapped() {
    assertThat(remembered).isInstanceOf(RememberedMessages.Remembering.class);
    assertThat(new RememberedMessages().postProcessAfterInitialization(spring, "otherMessages"))
        .isSameAs(spring);
    assertThat(new RememberedMessages().postProcessAfterInitialization(remembered, "messageSource"))
        .isSameAs(remembered);
  }

  @Test
  void every_key_in_both_languages_reads_the_same_the_first_time_and_after() throws IOException {
    Set<String> keys = allKeys();
    assertThat(keys).hasSizeGreaterThan(100);
    for (Locale language : new Locale[] {Locale.ENGLISH, WELSH}) {
      for (String key : keys) {
        String expected = spring.getMessage(key, null, language);
        assertThat(remembered.getMessage(key, null, language)).as(key).isEqualTo(expected);
        assertThat(remembered.getMessage(key, new Object[0], language)).as(key).isEqualTo(expected);
        assertThat(remembered.getMessage(key, null, "unused", language))
            .as(key)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void apostrophes_are_formatted_as_spring_formats_them() {
    // The bundles write an apostrophe twice; the reader sees one.
    assertThat(remembered.getMessage("skip.link", null, WELSH))
        .isEqualTo(spring.getMessage("skip.link", null, WELSH))
        .isEqualTo("Neidio i'r prif gynnwys");
  }

  @Test
  void messages_with_arguments_are_formatted_with_those_arguments_every_time() {
    assertThat(remembered.getMessage("session.notice", new Object[] {"14:20"}, Locale.ENGLISH))
        .contains("14:20");
    assertThat(remembered.getMessage("session.notice", new Object[] {"09:05"}, Locale.ENGLISH))
        .contains("09:05")
        .doesNotContain("14:20");
    assertThat(remembered.getMessage("session.notice", new Object[] {"09:05"}, WELSH))
        .isEqualTo(spring.getMessage("session.notice", new Object[] {"09:05"}, WELSH));
  }

  @Test
  void a_missing_code_is_still_missing_and_never_remembered() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> remembered.getMessage("no.such.key", null, Locale.ENGLISH))
          .isInstanceOf(NoSuchMessageException.class);
      assertThat(remembered.getMessage("no.such.key", null, "Default", Locale.ENGLISH))
          .isEqualTo("Default");
      assertThat(remembered.getMessage("no.such.key", null, null, Locale.ENGLISH)).isNull();
    }
  }

  @Test
  void resolvables_go_to_spring_unchanged() {
    DefaultMessageSourceResolvable resolvable =
        new DefaultMessageSourceResolvable(new String[] {"no.such.key", "updates.title"});
    assertThat(remembered.getMessage(resolvable, WELSH))
        .isEqualTo(spring.getMessage(resolvable, WELSH));
  }

  /** As application.yml sets it up. */
  private static ResourceBundleMessageSource springMessages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages/common", "messages/family", "messages/staff");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  private static Set<String> allKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Resource bundle :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:messages/*.properties")) {
      Properties properties = new Properties();
      try (InputStream in = bundle.getInputStream()) {
        properties.load(in);
      }
      keys.addAll(properties.stringPropertyNames());
    }
    return keys;
  }
}
