package org.npcwh.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;

class SparkMasterProbeTest {
  /** A local port nothing listens on: bound, then released. */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void anUnreachableMasterHasItsOwnExitCodeNamingTheMasterAndWhatToDo() throws Exception {
    String master = "spark://127.0.0.1:" + closedPort();

    assertThatThrownBy(() -> SparkSessions.create(master, false))
        .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.SPARK_MASTER))
        .hasMessageStartingWith("Cannot reach the Spark master " + master
            + ": no connection could be opened to 127.0.0.1:")
        .hasMessageContaining("--master local[*]");
  }

  @Test
  void oneListeningMasterAmongSeveralIsEnough() throws Exception {
    try (ServerSocket listening = new ServerSocket(0)) {
      String master = "spark://127.0.0.1:" + closedPort() + ",127.0.0.1:" + listening.getLocalPort();
      SparkMasterProbe.requireReachable(master);
    }
  }

  @Test
  void everyMasterOfTheListIsNamedWhenNoneAnswers() throws Exception {
    int a = closedPort();
    int b = closedPort();

    assertThatThrownBy(() -> SparkMasterProbe.requireReachable("spark://127.0.0.1:" + a + ",127.0.0.1:" + b))
        .hasMessageContaining("127.0.0.1:" + a + " (").hasMessageContaining("127.0.0.1:" + b + " (");
  }

  @Test
  void mastersAreParsedFromTheUrl() {
    assertThat(SparkMasterProbe.addresses("spark://h1:7077, h2:7078,[::1]:7079"))
        .extracting(InetSocketAddress::getHostString, InetSocketAddress::getPort)
        .containsExactly(tuple("h1", 7077), tuple("h2", 7078), tuple("[::1]", 7079));
  }

  @Test
  void aMasterWithoutPortIsABadInput() {
    assertThatThrownBy(() -> SparkMasterProbe.addresses("spark://h1"))
        .isInstanceOf(UserException.class).hasMessageContaining("'h1' is not HOST:PORT");
  }

  @Test
  void otherMastersAreNotProbed() {
    SparkMasterProbe.requireReachable("local[2]");
    SparkMasterProbe.requireReachable("yarn");
  }
}
