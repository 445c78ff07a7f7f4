package casejourney.api.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a service from starting while it trusts Case Journey's demo identity provider, unless it is
 * allowed to ({@value #ALLOW_SETTING}). Anyone can sign in to the demo provider (infra/embedded) as
 * any of its worker, chair, parent, young person or operator accounts with the password "demo", so
 * a deployment pointed at it by mistake would open every case to anyone who can reach it.
 *
 * <p>The demo provider is known by what it says in its OpenID discovery document ({@value
 * #MARKER}), not by its address: no host name, port or proxy in front of it hides it. Without the
 * permission a provider must show that it is not the demo one, so a provider that cannot be read is
 * refused too, once {@link #DEFAULT_WAIT} has passed (it may be starting alongside the service).
 * With the permission nothing is fetched. The reasoning is in docs/adr/0016.
 */
public final class DemoIdentityProviderGuard {

  /** The permission: {@code true} only on a developer's machine and in the tests. */
  public static final String ALLOW_SETTING = "casejourney.allow-demo-identity-provider";

  /**
   * The member of the discovery document by which the demo provider says what it is; the same name
   * as {@code OidcProvider.DEMO_MARKER} in infra/embedded, which the services do not depend on.
   */
  public static final String MARKER = "casejourney_demo_provider";

  /** How long a provider that does not answer is waited for before the service refuses to start. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentityProviderGuard.class);
  private static final Duration ATTEMPT = Duration.ofSeconds(3);
  private static final Duration PAUSE = Duration.ofSeconds(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Duration wait;

  public DemoIdentityProviderGuard() {
    this(DEFAULT_WAIT);
  }

  /**
   * @param wait how long to keep trying a provider that does not answer
   */
  public DemoIdentityProviderGuard(Duration wait) {
    this.wait = wait;
  }

  /**
   * Checks every issuer the service trusts.
   *
   * @param settings the service's settings by name ({@code Environment::getProperty}); {@value
   *     #ALLOW_SETTING} is read from them
   * @param issuerSettings the names of the settings that hold an issuer the service trusts; unset
   *     or blank ones are skipped
   * @throws IllegalStateException, saying what to set, if an issuer is the demo provider and the
   *     service is not allowed to trust it, or if an issuer could not be read to tell
   */
  public void check(Function<String, String> settings, String... issuerSettings) {
    Map<String, String> settingByIssuer = new LinkedHashMap<>();
    for (String setting : issuerSettings) {
      String issuer = settings.apply(setting);
      if (issuer != null && !issuer.isBlank()) {
        settingByIssuer.putIfAbsent(issuer.trim(), setting);
      }
    }
    if (settingByIssuer.isEmpty()) {
      return;
    }
    if (Boolean.parseBoolean(settings.apply(ALLOW_SETTING))) {
      LOG.warn(
          "{}=true: not checking whether {} is Case Journey's demo identity provider, which anyone"
              + " can sign in to. Never set it outside a developer's machine or the tests.",
          ALLOW_SETTING,
          settingByIssuer.keySet());
      return;
    }
    // Only now: with the permission no client, and none of its threads, is made.
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(ATTEMPT)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    settingByIssuer.forEach((issuer, setting) -> checkOne(http, setting, issuer));
  }

  private void checkOne(HttpClient http, String setting, String issuer) {
    URI discovery;
    try {
      discovery =
          URI.create(
              (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                  + "/.well-known/openid-configuration");
    } catch (IllegalArgumentException e) {
      throw refusal(setting + " (" + issuer + ") is not a URL: " + whatToDo(setting));
    }
    long deadline = System.nanoTime() + wait.toNanos();
    boolean waiting = false;
    while (true) {
      Reading reading = read(http, discovery);
      switch (reading.kind()) {
        case DEMO:
          throw refusal(
              setting
                  + " is "
                  + issuer
                  + ", Case Journey's demo identity provider: anyone can sign in to it as any"
                  + " worker, chair, parent, young person or operator with the password \"demo\"."
                  + " Instead, "
                  + whatToDo(setting));
        case NOT_DEMO:
          LOG.info("{} ({}) is not the demo identity provider", setting, issuer);
          return;
        case NOT_DISCOVERY:
          throw refusal(
              discovery
                  + " answered "
                  + reading.detail()
                  + ": it is not an OpenID provider's discovery document, so "
                  + setting
                  + " cannot be checked against the demo identity provider: "
                  + whatToDo(setting));
        default:
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw refusal(
                "Could not read "
                    + discovery
                    + " within "
                    + wait.toSeconds()
                    + " s ("
                    + reading.detail()
                    + "), so cannot make sure "
                    + setting
                    + " is not Case Journey's demo identity provider, which anyone can sign in"
                    + " to. Make sure the provider is running and this service can reach it, or "
                    + whatToDo(setting));
          }
          if (!waiting) {
            waiting = true;
            LOG.warn(
                "Could not read {} yet ({}), to check that {} is not the demo identity provider;"
                    + " trying again every {} s for up to {} s",
                discovery,
                reading.detail(),
                setting,
                PAUSE.toSeconds(),
                TimeUnit.NANOSECONDS.toSeconds(left));
          }
          pause(Math.min(PAUSE.toNanos(), left));
      }
    }
  }

  private static String whatToDo(String setting) {
    return "set "
        + setting
        + " (environment variable OIDC_ISSUER) to your organisation's OIDC provider. Only on a"
        + " developer's machine, to use the demo provider on purpose, set "
        + ALLOW_SETTING
        + "=true (environment variable ALLOW_DEMO_IDENTITY_PROVIDER=true).";
  }

  private static IllegalStateException refusal(String message) {
    LOG.error("Refusing to start: {}", message);
    return new IllegalStateException(message);
  }

  private enum Kind {
    DEMO,
    NOT_DEMO,
    NOT_DISCOVERY,
    UNREADABLE
  }

  private record Reading(Kind kind, String detail) {}

  /** One attempt; only the status or the exception's class is kept, not the body. */
  private static Reading read(HttpClient http, URI discovery) {
    HttpRequest request =
        HttpRequest.newBuilder(discovery)
            .timeout(ATTEMPT)
            .header("Accept", "application/json")
            .GET()
            .build();
    CompletableFuture<HttpResponse<String>> answer =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response = answer.get(ATTEMPT.toMillis(), TimeUnit.MILLISECONDS);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        JsonNode document = JSON.readTree(response.body());
        if (!document.isObject()) {
          return new Reading(Kind.UNREADABLE, "HTTP " + status + " without a JSON object");
        }
        return new Reading(
            document.path(MARKER).asBoolean(false) ? Kind.DEMO : Kind.NOT_DEMO, null);
      }
      // A definite answer that there is no discovery document here; waiting will not change it.
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        return new Reading(Kind.NOT_DISCOVERY, "HTTP " + status);
      }
      return new Reading(Kind.UNREADABLE, "HTTP " + status);
    } catch (IOException e) {
      return new Reading(Kind.UNREADABLE, e.getClass().getSimpleName());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new Reading(Kind.UNREADABLE, cause.getClass().getSimpleName());
    } catch (TimeoutException e) {
      answer.cancel(true);
      return new Reading(Kind.UNREADABLE, e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refusal("Interrupted while checking " + discovery + " against the demo provider");
    }
  }

  private static void pause(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refusal("Interrupted while waiting to check the identity provider");
    }
  }
}
