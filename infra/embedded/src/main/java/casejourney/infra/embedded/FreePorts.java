package casejourney.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Port helpers. Some servers (the Kafka controller quorum, the OIDC issuer URL) must know their
 * port before they bind, so "0 = random" is resolved here by asking the OS for a free port first.
 * There is a tiny window in which another process could take the port; for local runs and tests
 * that is acceptable.
 */
final class FreePorts {

  private FreePorts() {}

  /** Returns {@code port} unless it is 0, in which case a currently free local port. */
  static int resolve(int port) {
    return port == 0 ? free() : port;
  }

  /** A currently free TCP port on the loopback interface. */
  static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
