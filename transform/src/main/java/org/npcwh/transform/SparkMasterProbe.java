package org.npcwh.transform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.error.Errors;

/**
 * Tells an unreachable standalone master apart before Spark tries: Spark's client retries its
 * registration three times 20 s apart (fixed in {@code StandaloneAppClient}, not configurable) and
 * then fails with an internal error after about a minute. A TCP connect to each master's port
 * answers within {@link #CONNECT_TIMEOUT_MILLIS}; one master that accepts is enough (the others
 * may be standbys that are down).
 */
final class SparkMasterProbe {
  private static final String SCHEME = "spark://";
  /** Long enough for a master across a data-centre network, short enough for 3 masters to fail within 30 s. */
  static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  private SparkMasterProbe() {}

  /** Returns when {@code master} is not a standalone master URL or when one of its masters accepts a connection. */
  static void requireReachable(String master) {
    if (!master.startsWith(SCHEME)) {
      return;
    }
    List<String> failures = new ArrayList<>();
    for (InetSocketAddress unresolved : addresses(master)) {
      InetSocketAddress address = new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
      String name = unresolved.getHostString() + ":" + unresolved.getPort();
      if (address.isUnresolved()) {
        failures.add(name + " (unknown host)");
        continue;
      }
      try (Socket socket = new Socket()) {
        socket.connect(address, CONNECT_TIMEOUT_MILLIS);
        return;
      } catch (IOException e) {
        failures.add(name + " (" + e.getMessage() + ")");
      }
    }
    throw Errors.sparkMasterUnreachable(master, "no connection could be opened to " + String.join(", ", failures));
  }

  /** {@code spark://h1:7077,h2:7077} → the host and port of each master, in order. */
  static List<InetSocketAddress> addresses(String master) {
    List<InetSocketAddress> out = new ArrayList<>();
    for (String hostPort : master.substring(SCHEME.length()).split(",", -1)) {
      URI uri;
      try {
        uri = new URI(SCHEME + hostPort.strip());
      } catch (URISyntaxException e) {
        throw Errors.sparkMasterInvalid(master, "'" + hostPort + "' is not HOST:PORT");
      }
      if (uri.getHost() == null || uri.getPort() < 0) {
        throw Errors.sparkMasterInvalid(master, "'" + hostPort + "' is not HOST:PORT");
      }
      out.add(InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort()));
    }
    return out;
  }
}
