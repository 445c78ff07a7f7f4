package casejourney.portal.staff;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.support.Users;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** Signed-in staff and form posts for the staff page tests. */
final class StaffTestSupport {

  static final String CHAIR_MEETING = "m-initial";

  private StaffTestSupport() {}

  static WebTestClient worker(WebTestClient web) {
    return patient(web).mutateWith(Users.worker());
  }

  static WebTestClient chair(WebTestClient web) {
    return patient(web).mutateWith(Users.user("chair", "CHAIR"));
  }

  /** The first page of a fresh context compiles its templates on a shared, busy machine. */
  static WebTestClient patient(WebTestClient web) {
    return web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
  }

  static String get(WebTestClient client, String path) {
    return client
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  static WebTestClient.ResponseSpec post(WebTestClient client, String path, String... pairs) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return client
        .mutateWith(csrf())
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData(form))
        .exchange();
  }

  static String html(WebTestClient.ResponseSpec response) {
    return response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
  }
}
