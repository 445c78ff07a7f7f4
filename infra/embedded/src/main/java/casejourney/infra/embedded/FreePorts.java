package casejourney.infra.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers that must know their port before they bind: the Kafka controller quorum, the
 * OIDC issuer URL, and the services a test or benchmark starts and then points at each other.
 *
 * <p>A port is found free and then bound later, sometimes seconds later, once a Spring context has
 * started. A port taken with {@code bind(0)} lies in the operating system's ephemeral range, the
 * same range it draws from for every outgoing connection and every other {@code bind(0)}; starting
 * the embedded stack opens hundreds of connections, and one of them took a portal's port in CI
 * ("Failed to start bean 'webServerStartStop'"). So ports come from below the ephemeral range,
 * where the operating system never hands out a port by itself, and no port is handed out twice by
 * this JVM.
 */
public final class FreePorts {

  /** Below the registered ports most servers default to, and above the common fixed ones. */
  static final int LOWEST = 20_000;

  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

  /** Linux's default lower bound; macOS and Windows start higher still, at 49152. */
  private static final int DEFAULT_EPHEMERAL_LOW = 32_768;

  /** The highest port handed out: just below the ephemeral range, read once. */
  private static final int HIGHEST =
      Math.min(ephemeralLow(EPHEMERAL_RANGE), DEFAULT_EPHEMERAL_LOW) - 1;

  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private FreePorts() {}

  /** Returns {@code port} unless it is 0, in which case a free port (see {@link #free()}). */
  static int resolve(int port) {
    return port == 0 ? free() : port;
  }

  /**
   * A TCP port that is free on every interface now, lies below the ephemeral range, and has not
   * been handed out before by this JVM.
   */
  public static int free() {
    if (HIGHEST - LOWEST < 1_000) {
      // The ephemeral range has been moved down over the ports we would use: fall back to it.
      return ephemeral();
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = random.nextInt(LOWEST, HIGHEST + 1);
      if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port between " + LOWEST + " and " + HIGHEST);
  }

  /** The lower bound of the ephemeral range in {@code rangeFile}, or Linux's default. */
  static int ephemeralLow(Path rangeFile) {
    // Not Files.readString: /proc files report a size of 0, and on this JDK that read returned only
    // the first byte ("3" for "32768 60999").
    try (BufferedReader reader = Files.newBufferedReader(rangeFile)) {
      String[] bounds = reader.readLine().trim().split("\\s+");
      return Integer.parseInt(bounds[0]);
    } catch (IOException | RuntimeException e) {
      return DEFAULT_EPHEMERAL_LOW;
    }
  }

  static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // Without this, a port whose last connection is in TIME_WAIT would look taken.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int ephemeral() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }
}
