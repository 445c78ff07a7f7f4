package casejourney.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class OidcProviderIT {

  @Test
  void ignoresTheHostApplicationsSystemPropertiesAndServesUserInfo() throws Exception {
    System.setProperty("server.port", "1");
    System.setProperty("spring.profiles.active", "host-profile");
    OidcProvider provider;
    try {
      provider = OidcProvider.start(0, null);
    } finally {
      System.clearProperty("server.port");
      System.clearProperty("spring.profiles.active");
    }
    try (provider) {
      assertThat(provider.port()).isNotIn(0, 1);
      assertThat(provider.issuer()).isEqualTo("http://localhost:" + provider.port());

      String token = provider.tokenClient().accessToken("young-person");
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(provider.issuer() + "/userinfo"))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode userInfo = new ObjectMapper().readTree(response.body());
      assertThat(userInfo.path("sub").asText()).isEqualTo("young-person");
      assertThat(userInfo.path("roles").get(0).asText()).isEqualTo("YOUNG_PERSON");
      // The person's name, as a real provider gives it: the portal records it on what they do.
      assertThat(userInfo.path("name").asText()).isEqualTo("Taylor Morgan");

      // The portal client is registered with its redirect URI: anonymous users go to the login.
      HttpResponse<String> authorize =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              provider.issuer()
                                  + "/oauth2/authorize?response_type=code&client_id=portal"
                                  + "&scope=openid%20profile&state=s&redirect_uri="
                                  + "http://127.0.0.1:8080/login/oauth2/code/casejourney"))
                      .header("Accept", "text/html")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(authorize.statusCode()).isEqualTo(302);
      assertThat(authorize.headers().firstValue("Location")).hasValue(provider.issuer() + "/login");
    }
  }

  @Test
  void announcesInItsDiscoveryMetadataThatItIsTheDemoProvider() throws Exception {
    try (OidcProvider provider = OidcProvider.start(0, null)) {
      for (String path :
          List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
        HttpResponse<String> response =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(provider.issuer() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode metadata = new ObjectMapper().readTree(response.body());
        assertThat(metadata.path(OidcProvider.DEMO_MARKER).isBoolean()).as(path).isTrue();
        assertThat(metadata.path(OidcProvider.DEMO_MARKER).asBoolean()).as(path).isTrue();
        assertThat(metadata.path("issuer").asText()).isEqualTo(provider.issuer());
      }
    }
  }
}
