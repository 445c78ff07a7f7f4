package casejourney.portal.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Remembers every message that takes no arguments once it has been looked up and formatted, per
 * language.
 *
 * <p>With {@code spring.messages.always-use-message-format} (one apostrophe rule for every
 * message), Spring formats each message through a shared, synchronized {@code MessageFormat} on
 * every use: a page asks for about thirty, and looking them up was a ninth of Thymeleaf's time on a
 * page. The bundles do not change while the portal runs, so the answer for a code and a language
 * never changes either. Messages with arguments, and codes that are not in the bundles, still go to
 * Spring's message source every time; only found messages are kept, so what is remembered is
 * bounded by the bundles.
 */
@Component
public class RememberedMessages implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
        && bean instanceof MessageSource messages
        && !(bean instanceof Remembering)) {
      return new Remembering(messages);
    }
    return bean;
  }

  /** The message source with its argument-free answers remembered. */
  public static final class Remembering implements MessageSource {

    /** Far more than the bundles hold, so it only stops a fault from growing without end. */
    private static final int AT_MOST = 20_000;

    private final MessageSource messages;
    private final Map<Locale, Map<String, String>> formatted = new ConcurrentHashMap<>();

    Remembering(MessageSource messages) {
      this.messages = messages;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
      if (!rememberable(code, args, locale)) {
        return messages.getMessage(code, args, defaultMessage, locale);
      }
      String known = remembered(code, locale);
      if (known != null) {
        return known;
      }
      String found = messages.getMessage(code, args, null, locale);
      return found != null
          ? remember(code, locale, found)
          : messages.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
      if (!rememberable(code, args, locale)) {
        return messages.getMessage(code, args, locale);
      }
      String known = remembered(code, locale);
      return known != null
          ? known
          : remember(code, locale, messages.getMessage(code, args, locale));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
      return messages.getMessage(resolvable, locale);
    }

    private static boolean rememberable(String code, Object[] args, Locale locale) {
      return code != null && locale != null && (args == null || args.length == 0);
    }

    private String remembered(String code, Locale locale) {
      Map<String, String> language = formatted.get(locale);
      return language == null ? null : language.get(code);
    }

    private String remember(String code, Locale locale, String message) {
      if (message != null && size() < AT_MOST) {
        formatted.computeIfAbsent(locale, l -> new ConcurrentHashMap<>()).put(code, message);
      }
      return message;
    }

    private int size() {
      int size = 0;
      for (Map<String, String> language : formatted.values()) {
        size += language.size();
      }
      return size;
    }
  }
}
