package casejourney.api.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the identity provider for its signing keys (its JWK set), for a health check, giving up
 * after a few seconds: a service that cannot fetch them cannot check a token signed with a key it
 * has not seen yet. Plain JDK HTTP, as {@code KeyDatabaseProbe} is plain JDBC, so that case-service
 * and the portal ask the same way without case-api taking a web framework.
 */
public final class IdentityProviderProbe {

  private final HttpClient http;
  private final HttpRequest request;
  private final Duration timeout;

  /**
   * @param jwkSetUri the provider's JWK set, as the service fetches it to check tokens
   * @param timeout the longest a check may take, connecting included
   */
  public IdentityProviderProbe(URI jwkSetUri, Duration timeout) {
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.request = HttpRequest.newBuilder(jwkSetUri).timeout(timeout).GET().build();
  }

  /**
   * What a health check reports: null when the key set answers with a 2xx status in time; else
   * {@code HTTP <status>}, or only the exception's class, since its message names the host.
   */
  public String failure() {
    CompletableFuture<HttpResponse<Void>> answer =
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      int status = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
      return status >= 200 && status < 300 ? null : "HTTP " + status;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return cause.getClass().getSimpleName();
    } catch (TimeoutException e) {
      answer.cancel(true);
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e.getClass().getSimpleName();
    }
  }
}
