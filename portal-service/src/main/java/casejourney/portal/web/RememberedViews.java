package casejourney.portal.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.View;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveView;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;
import reactor.core.publisher.Mono;

/**
 * Keeps each page's view once it has been made, per template and language.
 *
 * <p>Thymeleaf's reactive view resolver, unlike Spring MVC's, makes a new view for every request
 * and runs it through the bean factory's autowiring and post-processors: about 3% of the portal's
 * time on a page, for an object that is the same every time. Its settings are fixed when it is made
 * and it keeps nothing of a request, so one view per template and language serves every request, as
 * Spring MVC's caching view resolvers do. Redirects are not kept: their target is part of the name.
 */
@Component
public class RememberedViews implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ThymeleafReactiveViewResolver views) {
      return new Remembering(views);
    }
    return bean;
  }

  /** The view resolver with its template views remembered. */
  public static final class Remembering implements ViewResolver, Ordered {

    /** Far more than the portal has templates in two languages; only stops a fault growing. */
    private static final int AT_MOST = 1_000;

    private record Key(String viewName, Locale locale) {}

    private final ThymeleafReactiveViewResolver views;
    private final Map<Key, View> made = new ConcurrentHashMap<>();

    Remembering(ThymeleafReactiveViewResolver views) {
      this.views = views;
    }

    @Override
    public Mono<View> resolveViewName(String viewName, Locale locale) {
      Key key = new Key(viewName, locale);
      View known = made.get(key);
      if (known != null) {
        return Mono.just(known);
      }
      return views
          .resolveViewName(viewName, locale)
          .doOnNext(
              view -> {
                if (view.getClass() == ThymeleafReactiveView.class && made.size() < AT_MOST) {
                  made.putIfAbsent(key, view);
                }
              });
    }

    @Override
    public int getOrder() {
      return views.getOrder();
    }

    /** How many views are kept; for tests. */
    int size() {
      return made.size();
    }
  }
}
