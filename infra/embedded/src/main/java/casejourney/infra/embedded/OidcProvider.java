package casejourney.infra.embedded;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * An OpenID Connect provider (Spring Authorization Server) with demo accounts, started in its own
 * Spring context on its own Tomcat port.
 *
 * <p>Why: the services are OAuth2 resource servers and the portal an OAuth2 client; they should
 * talk to a real OIDC provider locally and in tests, so that the same code works against any
 * provider in production. Spring Authorization Server is the smallest real one we can embed.
 *
 * <p>The context is isolated from whatever application starts it: no auto-configuration discovery,
 * no component scan, no {@code application.properties}, no system properties or environment
 * variables (see {@link OidcProviderConfig}). The RSA signing key is kept in the data directory so
 * that issued tokens stay valid across restarts; without a data directory a key is generated in
 * memory.
 */
public final class OidcProvider implements AutoCloseable {

  /** The default port; the issuer is then {@code http://localhost:9000}. */
  public static final int DEFAULT_PORT = 9000;

  /** Password of every demo user. */
  public static final String DEMO_PASSWORD = "demo";

  /**
   * A demo account: {@code username} logs in with {@link #DEMO_PASSWORD} and has {@code role};
   * {@code name} is the fictional person's name, which a real provider gives in the {@code name}
   * claim and which families see, for example as their social worker's name on a case the worker
   * opens.
   */
  public record DemoUser(String username, String role, String name) {}

  /** The demo accounts. Tokens carry {@code sub} = username, {@code name} and {@code roles}. */
  public static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("worker", "WORKER", "Sam Patel"),
          new DemoUser("other-worker", "WORKER", "Priya Shah"),
          new DemoUser("chair", "CHAIR", "Jordan Hughes"),
          new DemoUser("parent-a", "PARENT", "Alex Morgan"),
          new DemoUser("parent-b", "PARENT", "Rhian Morgan"),
          new DemoUser("young-person", "YOUNG_PERSON", "Taylor Morgan"),
          new DemoUser("other-parent", "PARENT", "Jamie Jones"),
          // Runs the service: replays read models and retries dead letters; sees no case.
          new DemoUser("operator", "OPERATOR", "Operator"));

  /** The demo account's name, or the username for anyone else. */
  static String nameOf(String username) {
    return DEMO_USERS.stream()
        .filter(u -> u.username().equals(username))
        .map(DemoUser::name)
        .findFirst()
        .orElse(username);
  }

  /** Confidential client for the portal (authorization code + refresh token). */
  public static final String PORTAL_CLIENT_ID = "portal";

  /** Secret of {@link #PORTAL_CLIENT_ID}. */
  public static final String PORTAL_CLIENT_SECRET = "portal-secret";

  /** Registration id the portal uses in its redirect URI ({@code /login/oauth2/code/<id>}). */
  public static final String PORTAL_REGISTRATION_ID = "casejourney";

  /** Default base URL of the portal. */
  public static final String DEFAULT_PORTAL_BASE_URL = "http://localhost:8080";

  /** Public client (PKCE) used by tests, the demo seeder and the benchmarks. */
  public static final String CLI_CLIENT_ID = "casejourney-cli";

  /** Redirect URI of {@link #CLI_CLIENT_ID}; never actually served. */
  public static final String CLI_REDIRECT_URI = "http://127.0.0.1/callback";

  /**
   * A member of this provider's discovery metadata ({@code /.well-known/openid-configuration} and
   * {@code /.well-known/oauth-authorization-server}), {@code true}: anyone may sign in to this
   * provider as any demo account, so the services refuse to trust it unless allowed. The services
   * look for the same name ({@code DemoIdentityProviderGuard.MARKER} in case-api, docs/adr/0016).
   */
  public static final String DEMO_MARKER = "casejourney_demo_provider";

  /** File in the data directory that holds the signing key (a private JWK). */
  public static final String SIGNING_KEY_FILE = "oidc-signing-key.json";

  private final ServletWebServerApplicationContext context;
  private final int port;
  private final String issuer;
  private final TokenClient tokenClient;

  private OidcProvider(ServletWebServerApplicationContext context, int port, String issuer) {
    this.context = context;
    this.port = port;
    this.issuer = issuer;
    this.tokenClient = new TokenClient(issuer);
  }

  /** Starts the provider with the portal at {@link #DEFAULT_PORTAL_BASE_URL}. */
  public static OidcProvider start(int port, Path dataDirectory) {
    return start(port, dataDirectory, DEFAULT_PORTAL_BASE_URL);
  }

  /**
   * Starts the provider.
   *
   * @param port HTTP port, 0 for a random free port; the issuer is {@code http://localhost:<port>}
   * @param dataDirectory where the signing key is kept; {@code null} for an in-memory key
   * @param portalBaseUrl base URL of the portal, e.g. {@code http://localhost:8080}, used for the
   *     portal client's redirect and post-logout URIs
   */
  public static OidcProvider start(int port, Path dataDirectory, String portalBaseUrl) {
    int actualPort = FreePorts.resolve(port);
    String issuer = "http://localhost:" + actualPort;
    OidcProviderConfig.Settings settings =
        new OidcProviderConfig.Settings(
            issuer, stripTrailingSlash(portalBaseUrl), signingKey(dataDirectory));

    Map<String, Object> props = new HashMap<>();
    props.put("server.port", actualPort);
    props.put("server.address", "localhost");
    // Not JSESSIONID: cookies are shared across ports, and the portal also runs on localhost.
    props.put("server.servlet.session.cookie.name", "CASEJOURNEY_IDP_SESSION");
    props.put("spring.config.name", "casejourney-oidc-provider-has-no-config-file");
    props.put("spring.application.name", "casejourney-oidc-provider");
    props.put("spring.main.banner-mode", "off");
    props.put("spring.jmx.enabled", false);
    props.put("spring.mvc.problemdetails.enabled", false);
    StandardServletEnvironment environment = new StandardServletEnvironment();
    MutablePropertySources sources = environment.getPropertySources();
    // Isolation from the host application: its system properties and environment variables
    // (SERVER_PORT, SPRING_PROFILES_ACTIVE, ...) must not configure the provider.
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.addFirst(new MapPropertySource("casejourneyOidcProvider", props));

    SpringApplicationBuilder builder =
        new SpringApplicationBuilder(OidcProviderConfig.class)
            .web(WebApplicationType.SERVLET)
            .environment(environment)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .registerShutdownHook(false)
            .initializers(
                ctx -> ctx.getBeanFactory().registerSingleton("oidcProviderSettings", settings));
    ServletWebServerApplicationContext context = (ServletWebServerApplicationContext) builder.run();
    return new OidcProvider(context, context.getWebServer().getPort(), issuer);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static RSAKey signingKey(Path dataDirectory) {
    try {
      if (dataDirectory == null) {
        return newKey();
      }
      Path file = dataDirectory.resolve(SIGNING_KEY_FILE);
      if (Files.exists(file)) {
        return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
      }
      Files.createDirectories(dataDirectory);
      RSAKey key = newKey();
      Path tmp = Files.createTempFile(dataDirectory, "oidc-key", ".tmp");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(tmp, key.toJSONString(), StandardCharsets.UTF_8);
      Files.move(tmp, file);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or write the OIDC signing key", e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("could not load the OIDC signing key", e);
    }
  }

  private static RSAKey newKey() throws JOSEException {
    return new RSAKeyGenerator(2048)
        .keyUse(KeyUse.SIGNATURE)
        .keyID(UUID.randomUUID().toString())
        .generate();
  }

  /** The HTTP port. */
  public int port() {
    return port;
  }

  /** The issuer, e.g. {@code http://localhost:9000} (use as {@code issuer-uri}). */
  public String issuer() {
    return issuer;
  }

  /** The JWK set URI (use as {@code jwk-set-uri}). */
  public String jwksUri() {
    return issuer + "/oauth2/jwks";
  }

  /** A token client for this provider's demo users (tokens are cached per user). */
  public TokenClient tokenClient() {
    return tokenClient;
  }

  /** Stops the provider's Spring context and its Tomcat. */
  @Override
  public void close() {
    context.close();
  }
}
