package casejourney.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.result.view.RedirectView;
import org.springframework.web.reactive.result.view.View;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveView;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;

/** One view per template and language, made by Thymeleaf's own resolver; redirects never kept. */
class RememberedViewsTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private final ThymeleafReactiveViewResolver thymeleaf = thymeleaf();
  private final RememberedViews.Remembering remembered =
      (RememberedViews.Remembering)
          new RememberedViews().postProcessAfterInitialization(thymeleaf, "viewResolver");

  @Test
  void only_thymeleaf_view_resolvers_are_wrapped_and_they_keep_their_order() {
    assertThat(remembered.getOrder()).isEqualTo(Ordered.LOWEST_PRECEDENCE - 5);
    Object other = new Object();
    assertThat(new RememberedViews().postProcessAfterInitialization(other, "x")).isSameAs(other);
  }

  @Test
  void a_template_view_is_made_once_per_language() {
    View english = view("family/updates", Locale.ENGLISH);
    View welsh = view("family/updates", WELSH);

    assertThat(english).isInstanceOf(ThymeleafReactiveView.class).isNotSameAs(welsh);
    assertThat(((ThymeleafReactiveView) english).getTemplateName()).isEqualTo("family/updates");
    assertThat(view("family/updates", Locale.ENGLISH)).isSameAs(english);
    assertThat(view("family/updates", WELSH)).isSameAs(welsh);
    assertThat(view("family/expected", Locale.ENGLISH)).isNotSameAs(english);
    assertThat(remembered.size()).isEqualTo(3);
  }

  @Test
  void redirects_are_made_each_time_because_their_target_is_in_the_name() {
    View first = view("redirect:/updates", Locale.ENGLISH);

    assertThat(first).isInstanceOf(RedirectView.class);
    assertThat(((RedirectView) first).getUrl()).isEqualTo("/updates");
    assertThat(view("redirect:/updates", Locale.ENGLISH)).isNotSameAs(first);
    assertThat(remembered.size()).isZero();
  }

  private View view(String name, Locale locale) {
    return ((ViewResolver) remembered).resolveViewName(name, locale).block();
  }

  private static ThymeleafReactiveViewResolver thymeleaf() {
    GenericApplicationContext context = new GenericApplicationContext();
    context.refresh();
    ThymeleafReactiveViewResolver resolver = new ThymeleafReactiveViewResolver();
    resolver.setApplicationContext(context);
    resolver.setTemplateEngine(new WholePageTemplateEngine());
    resolver.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
    return resolver;
  }
}
