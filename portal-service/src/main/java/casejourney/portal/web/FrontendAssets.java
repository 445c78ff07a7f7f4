package casejourney.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Serves GOV.UK Frontend from its WebJar at a path without the version, {@code /govuk-frontend/},
 * so templates and our script do not change when the parent pom moves the version. Its stylesheet
 * asks for fonts and images at {@code /assets/}, so that is served from the WebJar too.
 */
@Configuration
class FrontendAssets implements WebFluxConfigurer {

  private static final String POM = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    String dist =
        "classpath:/META-INF/resources/webjars/govuk-frontend/" + version() + "/dist/govuk/";
    CacheControl cache = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    registry
        .addResourceHandler("/govuk-frontend/**")
        .addResourceLocations(dist)
        .setCacheControl(cache);
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(dist + "assets/")
        .setCacheControl(cache);
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = FrontendAssets.class.getClassLoader().getResourceAsStream(POM)) {
      if (in == null) {
        throw new IllegalStateException("GOV.UK Frontend WebJar is not on the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
