package casejourney.portal.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringWebFluxTemplateEngine;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * The template engine, set up from the same properties, resolvers and dialects as Spring Boot's
 * own, but rendering whole pages the cheaper way ({@link WholePageTemplateEngine}). Boot steps back
 * from making its engine when this bean exists.
 */
@Configuration(proxyBeanMethods = false)
class TemplateEngineConfig {

  @Bean
  SpringWebFluxTemplateEngine templateEngine(
      ThymeleafProperties properties,
      ObjectProvider<ITemplateResolver> templateResolvers,
      ObjectProvider<IDialect> dialects) {
    SpringWebFluxTemplateEngine engine = new WholePageTemplateEngine();
    engine.setEnableSpringELCompiler(properties.isEnableSpringElCompiler());
    engine.setRenderHiddenMarkersBeforeCheckboxes(
        properties.isRenderHiddenMarkersBeforeCheckboxes());
    templateResolvers.orderedStream().forEach(engine::addTemplateResolver);
    dialects.orderedStream().forEach(engine::addDialect);
    return engine;
  }
}
