package casejourney.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.portal.support.PortalTestConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The JSON API is "described by OpenAPI" (portal issue): every route under {@code /api}, with its
 * method, is in the published document, readable without signing in, so that a council's app or a
 * chatbot can be built from it.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class OpenApiTest {

  @Autowired WebTestClient web;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void every_api_route_is_described_with_its_method() throws Exception {
    String body =
        web.get()
            .uri("/api/openapi")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    JsonNode paths = new ObjectMapper().readTree(body).path("paths");
    Set<String> described = new TreeSet<>();
    paths
        .fieldNames()
        .forEachRemaining(
            path ->
                paths
                    .path(path)
                    .fieldNames()
                    .forEachRemaining(method -> described.add(method + " " + path)));

    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      info.getPatternsCondition()
          .getPatterns()
          .forEach(
              pattern -> {
                String path = pattern.getPatternString();
                if (path.startsWith("/api/") && !path.startsWith("/api/openapi")) {
                  info.getMethodsCondition()
                      .getMethods()
                      .forEach(m -> routes.add(m.name().toLowerCase(Locale.ROOT) + " " + path));
                }
              });
    }
    assertThat(routes).as("API routes found").hasSizeGreaterThan(20);
    assertThat(described).containsAll(routes);
  }
}
