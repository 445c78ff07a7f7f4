package casejourney.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service's executable jar, run as a child process with its log in a given folder: the local
 * stack and the cross-service tests start services exactly as production would.
 */
public final class ServiceProcess {

  private final String name;
  private final Process process;
  private final Path logFile;

  private ServiceProcess(String name, Process process, Path logFile) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
  }

  public static ServiceProcess start(String name, Path root, Map<String, String> env, Path logs) {
    Path jar = findJar(root.resolve(name).resolve("target"), name);
    Path logFile = logs.resolve(name + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // A fixed heap, as a server would have: starting at 128 MB had the portal collect its young
    // generation twice a second under load, and those pauses were in every request's p99.
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xms768m", "-Xmx768m", "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    builder.environment().putAll(env);
    try {
      log("Starting " + name + " (log: " + logFile + ")");
      Process process = builder.start();
      // A test or benchmark JVM that exits without stop() (a failure, Ctrl-C) must not leave a
      // service running that holds ports and keeps writing to the stack's stores.
      Runtime.getRuntime()
          .addShutdownHook(new Thread(process::destroy, "stop-" + name + "-on-exit"));
      return new ServiceProcess(name, process, logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name, e);
    }
  }

  private static Path findJar(Path target, String name) {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, name + "-*-exec.jar")) {
      for (Path jar : jars) {
        return jar;
      }
    } catch (IOException e) {
      // reported below with the fix
    }
    throw new IllegalStateException(
        "No executable jar for "
            + name
            + " in "
            + target
            + ". Build first: ./mvnw -q install -DskipTests");
  }

  public String name() {
    return name;
  }

  /**
   * CPU time the service has used so far (user and system), for benchmarks: unlike requests a
   * second, it does not change with what else the machine is doing.
   */
  public Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  public void awaitHealthy(String healthUrl) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped during start-up; see " + logFile);
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(healthUrl))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          log(name + " is up");
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not become healthy; see " + logFile);
  }

  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static void log(String message) {
    System.out.println("[services] " + message);
  }
}
