package casejourney.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreePortsTest {

  @Test
  void portsComeFromBelowTheEphemeralRangeAndAreNeverHandedOutTwice() throws Exception {
    int ephemeralLow = FreePorts.ephemeralLow(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      int port = FreePorts.free();
      assertThat(port).isBetween(FreePorts.LOWEST, Math.min(ephemeralLow, 32_768) - 1);
      assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
      // Free on every interface: a server can take it.
      try (ServerSocket server = new ServerSocket()) {
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(port));
      }
    }
  }

  @Test
  void aPortWithAListeningServerIsNotFree() throws Exception {
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(FreePorts.free()));
      assertThat(FreePorts.bindable(server.getLocalPort())).isFalse();
    }
  }

  @Test
  void outgoingConnectionsNeverUseTheHandedOutPorts() throws Exception {
    // The fault this guards against: a connection's local port taking a port found free earlier.
    try (ServerSocket server = new ServerSocket(0)) {
      int ephemeralLow = FreePorts.ephemeralLow(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
      try (java.net.Socket client = new java.net.Socket("127.0.0.1", server.getLocalPort())) {
        assertThat(client.getLocalPort()).isGreaterThanOrEqualTo(ephemeralLow);
      }
      assertThat(FreePorts.free()).isLessThan(ephemeralLow);
    }
  }

  @Test
  void theEphemeralRangeIsReadFromTheKernelsFileOrDefaultsToLinuxs(@TempDir Path dir)
      throws Exception {
    Path range = dir.resolve("ip_local_port_range");
    Files.writeString(range, "40000\t60999\n");
    assertThat(FreePorts.ephemeralLow(range)).isEqualTo(40_000);
    assertThat(FreePorts.ephemeralLow(dir.resolve("missing"))).isEqualTo(32_768);
    Files.writeString(range, "garbage");
    assertThat(FreePorts.ephemeralLow(range)).isEqualTo(32_768);
  }
}
