package casejourney.localstack;

import casejourney.infra.embedded.DemoSeeder;
import casejourney.infra.embedded.EmbeddedStack;
import casejourney.infra.embedded.OidcProvider;
import casejourney.infra.embedded.ServiceProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The one command: the embedded infrastructure in this JVM, each service as its own process (as in
 * production), and the demo families seeded once through the real command API. Ctrl-C stops the
 * services first, then the infrastructure, so nothing is cut off mid-write.
 */
public final class LocalStack {

  private LocalStack() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromEnvironment();
    Path data = settings.dataDirectory();
    Files.createDirectories(data.resolve("logs"));
    log("Starting the embedded infrastructure (data in " + data + ")");
    EmbeddedStack stack =
        EmbeddedStack.start(
            data,
            new EmbeddedStack.Ports(
                settings.port("POSTGRES_PORT", 15432),
                settings.port("MONGO_PORT", 27017),
                settings.port("KAFKA_PORT", 9092),
                settings.port("OIDC_PORT", 9000)),
            "http://localhost:" + settings.port("PORTAL_PORT", 8080));
    log("Infrastructure up in " + stack.startupMillis() + " ms");

    Map<String, String> env = settings.serviceEnvironment(stack);
    List<ServiceProcess> services = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log("Stopping services");
                  services.forEach(ServiceProcess::stop);
                  log("Stopping infrastructure");
                  stack.close();
                  stopped.countDown();
                },
                "local-stack-shutdown"));

    for (String name : List.of("case-service", "projections", "portal-service")) {
      services.add(
          ServiceProcess.start(name, settings.repositoryRoot(), env, data.resolve("logs")));
    }
    // The demo goes in through the command API as soon as that is up; the read side catches up.
    awaitHealthy(services.get(0), settings);
    Path seeded = data.resolve("demo-seeded");
    if (!Files.exists(seeded)) {
      log("Seeding the demo families through the command API");
      new DemoSeeder(
              "http://localhost:" + settings.servicePort("case-service"), stack.tokenClient())
          .seed();
      Files.writeString(seeded, "seeded\n");
    }
    for (ServiceProcess service : services.subList(1, services.size())) {
      awaitHealthy(service, settings);
    }
    signInDemoStaff(stack, settings);
    printWelcome(settings);
    stopped.await();
  }

  private static void awaitHealthy(ServiceProcess service, Settings settings)
      throws InterruptedException {
    service.awaitHealthy(
        "http://localhost:" + settings.servicePort(service.name()) + "/actuator/health");
  }

  /**
   * The portal offers a case or a meeting only to staff who have signed in (docs/adr/0013). Each
   * demo member of staff signs in once, as they would on their first day, so the demo can hand a
   * case on or name a chair straight away.
   */
  private static void signInDemoStaff(EmbeddedStack stack, Settings settings) {
    URI portal =
        URI.create("http://localhost:" + settings.servicePort("portal-service") + "/staff");
    List<String> signedIn = new ArrayList<>();
    for (OidcProvider.DemoUser user : OidcProvider.DEMO_USERS) {
      if (!user.role().equals("WORKER") && !user.role().equals("CHAIR")) {
        continue;
      }
      try {
        int status =
            stack
                .tokenClient()
                .signInAt(portal, user.username(), OidcProvider.DEMO_PASSWORD)
                .landing()
                .statusCode();
        if (status == 200) {
          signedIn.add(user.username());
        } else {
          log("Signing " + user.username() + " in to the portal ended with HTTP " + status);
        }
      } catch (RuntimeException e) {
        log("Could not sign " + user.username() + " in to the portal: " + e.getMessage());
      }
    }
    log("Demo staff in the portal's staff directory: " + String.join(", ", signedIn));
  }

  private static void printWelcome(Settings settings) {
    StringBuilder text = new StringBuilder();
    text.append("\nCase Journey is running.\n")
        .append("  Portal:        http://localhost:")
        .append(settings.servicePort("portal-service"))
        .append("\n  Command API:   http://localhost:")
        .append(settings.servicePort("case-service"))
        .append("/v3/api-docs\n  Projections:   http://localhost:")
        .append(settings.servicePort("projections"))
        .append("/actuator/health\n  Sign-in (OIDC): http://localhost:")
        .append(settings.port("OIDC_PORT", 9000))
        .append("\n  Kafka:         localhost:")
        .append(settings.port("KAFKA_PORT", 9092))
        .append(" (topic casejourney.case-events.v1)\n")
        .append("Demo accounts (password '")
        .append(OidcProvider.DEMO_PASSWORD)
        .append("'):");
    OidcProvider.DEMO_USERS.forEach(
        u -> text.append("\n  ").append(u.username()).append(" (").append(u.role()).append(')'));
    text.append("\nPress Ctrl-C to stop.\n");
    System.out.println(text);
  }

  static void log(String message) {
    System.out.println("[local-stack] " + message);
  }
}
