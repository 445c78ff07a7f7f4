package casejourney.infra.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains real access tokens for the demo users from the {@link OidcProvider}.
 *
 * <p>Why: tests, the demo seeder and the benchmarks must call the services exactly as the portal
 * does, with tokens the provider signed, not with hand-made JWTs or a switched-off security filter.
 * There is no password grant in OAuth 2.1, so this client goes through the browser flow:
 * authorization request with PKCE ({@link OidcProvider#CLI_CLIENT_ID}), login form with its CSRF
 * token, redirect with the code, code exchange. Redirects are followed by hand so that the code can
 * be read from the last {@code Location} header.
 *
 * <p>{@link #signInAt} goes through the same login form for an app that signs in with this
 * provider, for callers that need the app's session cookie rather than a token.
 *
 * <p>Tokens are cached per user until shortly before they expire. Thread-safe.
 */
public final class TokenClient {

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);
  private static final int MAX_REDIRECTS = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An access token with its expiry and the ID token that came with it. */
  public record Token(String accessToken, String idToken, Instant expiresAt) {}

  private final URI issuer;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Token> cache = new ConcurrentHashMap<>();

  /**
   * @param issuer the provider's issuer, e.g. {@code http://localhost:9000}
   */
  public TokenClient(String issuer) {
    this(issuer, Clock.systemUTC());
  }

  TokenClient(String issuer, Clock clock) {
    String trimmed = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    this.issuer = URI.create(trimmed);
    this.clock = clock;
  }

  /** A valid access token for a demo user (password {@link OidcProvider#DEMO_PASSWORD}). */
  public String accessToken(String username) {
    return token(username, OidcProvider.DEMO_PASSWORD).accessToken();
  }

  /** A valid access token for {@code username}. */
  public String accessToken(String username, String password) {
    return token(username, password).accessToken();
  }

  /** {@code "Bearer <token>"}, for an {@code Authorization} header. */
  public String bearer(String username) {
    return "Bearer " + accessToken(username);
  }

  /** Access token, ID token and expiry for {@code username}, from the cache when still valid. */
  public Token token(String username, String password) {
    Objects.requireNonNull(username, "username");
    Token cached = cache.get(username);
    if (cached != null && clock.instant().plus(EXPIRY_MARGIN).isBefore(cached.expiresAt())) {
      return cached;
    }
    Token fresh = login(username, password);
    cache.put(username, fresh);
    return fresh;
  }

  /** Forgets all cached tokens. */
  public void clearCache() {
    cache.clear();
  }

  private Token login(String username, String password) {
    // A fresh cookie jar per login: one session per user.
    HttpClient http = browser(new CookieManager(null, CookiePolicy.ACCEPT_ALL), Redirect.NEVER);
    String verifier = randomString(32);
    String state = randomString(16);
    try {
      Map<String, String> authorize = new LinkedHashMap<>();
      authorize.put("response_type", "code");
      authorize.put("client_id", OidcProvider.CLI_CLIENT_ID);
      authorize.put("redirect_uri", OidcProvider.CLI_REDIRECT_URI);
      authorize.put("scope", "openid profile");
      authorize.put("state", state);
      authorize.put("code_challenge", challenge(verifier));
      authorize.put("code_challenge_method", "S256");
      URI authorizeUri = issuer.resolve("/oauth2/authorize?" + form(authorize));

      // 1. Authorization request: not logged in, so redirected to the login page.
      HttpResponse<String> response = get(http, authorizeUri);
      URI loginPage = followUntilOk(http, response, authorizeUri);

      // 2. Login page: post the form with its CSRF token; on success redirected back to the
      // authorization endpoint.
      HttpResponse<String> posted = submitLogin(http, get(http, loginPage), username, password);

      // 3. Follow redirects until the provider sends us to the client's redirect URI.
      String code = followToCallback(http, posted, loginPage, state);

      // 4. Exchange the code.
      Map<String, String> exchange = new LinkedHashMap<>();
      exchange.put("grant_type", "authorization_code");
      exchange.put("code", code);
      exchange.put("redirect_uri", OidcProvider.CLI_REDIRECT_URI);
      exchange.put("client_id", OidcProvider.CLI_CLIENT_ID);
      exchange.put("code_verifier", verifier);
      HttpResponse<String> tokenResponse =
          postForm(http, issuer.resolve("/oauth2/token"), exchange, "application/json");
      if (tokenResponse.statusCode() != 200) {
        throw failure("token endpoint returned " + tokenResponse.statusCode(), tokenResponse);
      }
      JsonNode json = JSON.readTree(tokenResponse.body());
      String accessToken = json.path("access_token").asText(null);
      if (accessToken == null) {
        throw failure("no access_token in the token response", tokenResponse);
      }
      long expiresIn = json.path("expires_in").asLong(300);
      return new Token(
          accessToken, json.path("id_token").asText(null), clock.instant().plusSeconds(expiresIn));
    } catch (IOException e) {
      throw new IllegalStateException("could not obtain a token for " + username, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted obtaining a token for " + username, e);
    }
  }

  /** What a browser holds after {@link #signInAt}: the page it landed on and its cookies. */
  public record BrowserSignIn(HttpResponse<String> landing, CookieStore cookies) {}

  /**
   * Opens {@code url} of an app that signs in with this provider as a browser would: the app
   * redirects to the login form, the form is posted, and the redirects back are followed, so the
   * app's session cookie ends up in {@link BrowserSignIn#cookies}.
   */
  public BrowserSignIn signInAt(URI url, String username, String password) {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient browser = browser(cookies, Redirect.NORMAL);
    try {
      HttpResponse<String> landing = submitLogin(browser, get(browser, url), username, password);
      return new BrowserSignIn(landing, cookies.getCookieStore());
    } catch (IOException e) {
      throw new IllegalStateException("could not sign in as " + username + " at " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted signing in as " + username + " at " + url, e);
    }
  }

  private static HttpClient browser(CookieManager cookies, Redirect redirects) {
    return HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(redirects)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** Posts the credentials with the CSRF token from the login page, to where the page came from. */
  private static HttpResponse<String> submitLogin(
      HttpClient http, HttpResponse<String> page, String username, String password)
      throws IOException, InterruptedException {
    if (page.statusCode() != 200) {
      throw failure("login page returned " + page.statusCode(), page);
    }
    Matcher csrf = CSRF.matcher(page.body());
    if (!csrf.find()) {
      throw failure("no _csrf field on the login page", page);
    }
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("username", username);
    credentials.put("password", password);
    credentials.put("_csrf", csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
    return postForm(http, page.uri(), credentials, "text/html");
  }

  private static HttpResponse<String> postForm(
      HttpClient http, URI uri, Map<String, String> fields, String accept)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, URI uri)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Follows redirects; returns the URI of the first page that is not a redirect. */
  private static URI followUntilOk(HttpClient http, HttpResponse<String> response, URI uri)
      throws IOException, InterruptedException {
    for (int i = 0; i < MAX_REDIRECTS && isRedirect(response); i++) {
      uri = uri.resolve(location(response));
      response = get(http, uri);
    }
    if (response.statusCode() != 200) {
      throw failure("expected the login page at " + uri, response);
    }
    return uri;
  }

  /** Follows redirects until the client's redirect URI; returns the authorization code. */
  private static String followToCallback(
      HttpClient http, HttpResponse<String> response, URI uri, String state)
      throws IOException, InterruptedException {
    for (int i = 0; i < MAX_REDIRECTS; i++) {
      if (!isRedirect(response)) {
        throw failure("login did not redirect (wrong username or password?)", response);
      }
      URI next = uri.resolve(location(response));
      if (next.toString().startsWith(OidcProvider.CLI_REDIRECT_URI)) {
        Map<String, String> params = query(next);
        if (params.containsKey("error")) {
          throw new IllegalStateException("authorization failed: " + next);
        }
        if (!state.equals(params.get("state"))) {
          throw new IllegalStateException("state mismatch in " + next);
        }
        String code = params.get("code");
        if (code == null) {
          throw new IllegalStateException("no code in " + next);
        }
        return code;
      }
      if (next.getPath() != null && next.getPath().startsWith("/login")) {
        throw new IllegalStateException(
            "login failed (wrong username or password?): redirected to " + next);
      }
      uri = next;
      response = get(http, uri);
    }
    throw new IllegalStateException("too many redirects after login");
  }

  private static boolean isRedirect(HttpResponse<?> response) {
    int status = response.statusCode();
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String location(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(() -> new IllegalStateException("redirect without Location"));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          java.net.URLDecoder.decode(key, StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private String randomString(int bytes) {
    byte[] buffer = new byte[bytes];
    random.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IllegalStateException failure(String message, HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    if (body.length() > 500) {
      body = body.substring(0, 500) + "...";
    }
    return new IllegalStateException(
        message + " (" + response.statusCode() + " " + response.uri() + "): " + body);
  }
}
