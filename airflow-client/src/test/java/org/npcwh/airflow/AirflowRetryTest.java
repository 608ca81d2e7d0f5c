package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.UserException;
import org.npcwh.core.period.Period;

/**
 * Which calls are tried again and which are not: reads and dry runs after a 5xx or a broken
 * connection, with doubling pauses up to the cap; triggers, backfills and clears never (a lost
 * answer may hide a change that happened); 4xx answers never.
 */
class AirflowRetryTest {
  private static final String RUNS = "/api/v2/dags/npc_monthly/dagRuns";
  private static final String RUN = RUNS + "/june";
  /** Four tries, pauses of 1, 2 and then 4 ms (the 10 ms cap is not reached). */
  private static final RetrySettings QUICK = new RetrySettings(4, Duration.ofMillis(1), Duration.ofMillis(10));

  private final FakeAirflow airflow = FakeAirflow.start(AirflowRetryTest.class);
  private final List<String> progress = new ArrayList<>();

  @AfterEach
  void stop() {
    airflow.close();
  }

  private AirflowClient client(URI url) {
    return new AirflowClient(new AirflowSettings(url, new AirflowAuth.BearerToken("t")).withRetry(QUICK),
        progress::add);
  }

  @Test
  void aReadIsTriedAgainAfter5xxAnswersUntilOneSucceeds() {
    airflow.reply("GET", RUN, 502, "AirflowClientTest/error_502.html")
        .reply("GET", RUN, 503, "AirflowClientTest/error_502.html")
        .reply("GET", RUN, 200, "AirflowClientTest/dag_run.json");

    DagRun run = client(airflow.url()).getRun("npc_monthly", "june");

    assertThat(run.dagRunId()).isEqualTo("npcwh__2023-06__20240102T030405");
    assertThat(airflow.received("GET", RUN)).hasSize(3);
    assertThat(progress).containsExactly(
        "GET " + RUN + ": HTTP 502; trying again in 0.001 s (attempt 2 of 4)",
        "GET " + RUN + ": HTTP 503; trying again in 0.002 s (attempt 3 of 4)");
  }

  @Test
  void afterTheLastAttemptTheAnswerIsReported() {
    airflow.reply("GET", RUN, 502, "AirflowClientTest/error_502.html");

    assertThatThrownBy(() -> client(airflow.url()).getRun("npc_monthly", "june"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("it answered HTTP 502: <html>");
    assertThat(airflow.received("GET", RUN)).hasSize(4);
    assertThat(progress).hasSize(3).last().asString().endsWith("in 0.004 s (attempt 4 of 4)");
  }

  @Test
  void callsThatChangeAirflowAndClientErrorsAreSentOnce() {
    airflow.reply("POST", RUNS, 502, "AirflowClientTest/error_502.html")
        .reply("POST", RUN + "/clear", 503, "AirflowClientTest/error_502.html")
        .reply("GET", RUN, 404, "AirflowClientTest/error_404_run.json");
    AirflowClient client = client(airflow.url());

    assertThatThrownBy(() -> client.triggerRun("npc_monthly",
        MonthlyRuns.trigger(Period.parse("2023-06"), "june", java.time.OffsetDateTime.now())))
        .hasMessageContaining("HTTP 502");
    assertThatThrownBy(() -> client.clearRun("npc_monthly", "june", false)).hasMessageContaining("HTTP 503");
    assertThatThrownBy(() -> client.getRun("npc_monthly", "june")).hasMessageContaining("no run 'june'");

    assertThat(airflow.received()).hasSize(3);
    assertThat(progress).isEmpty();
  }

  @Test
  void aWaitOutlastsA502BetweenTwoPolls() {
    String tasks = RUN + "/taskInstances";
    airflow.reply("GET", RUN, 200, "AirflowCommandsTest/run_running.json")
        .reply("GET", RUN, 502, "AirflowClientTest/error_502.html")
        .reply("GET", RUN, 200, "AirflowCommandsTest/run_success.json")
        .reply("GET", tasks, 200, "AirflowCommandsTest/tasks_transform_running.json")
        .reply("GET", tasks, 200, "AirflowCommandsTest/tasks_success.json");

    RunWatcher.Outcome outcome = new RunWatcher(client(airflow.url()))
        .waitFor("npc_monthly", "june", Duration.ofMillis(1), Duration.ofMinutes(1), progress::add);

    assertThat(outcome.succeeded()).isTrue();
    assertThat(progress).contains("GET " + RUN + ": HTTP 502; trying again in 0.001 s (attempt 2 of 4)");
  }

  @Test
  void resetConnectionsAreTriedAgain() throws IOException {
    // Two resets: Java's HttpClient itself resends a GET once after a reset on some JDKs, so one
    // reset alone might never reach the client's own retry.
    try (ResettingServer server = new ResettingServer(2)) {
      DagRun run = client(server.url()).getRun("npc_monthly", "june");

      assertThat(run.state()).isEqualTo(DagRunState.QUEUED);
      assertThat(server.connections.get()).isEqualTo(3);
      assertThat(progress).isNotEmpty().allSatisfy(line -> assertThat(line)
          .startsWith("GET " + RUN + ": ").containsPattern("; trying again in [0-9.]+ s \\(attempt [23] of 4\\)$"));
    }
  }

  /**
   * A raw TCP server that resets the first {@code resets} connections (SO_LINGER 0, so the close
   * sends RST, as a crashing proxy does) and answers later ones with a DAGRunResponse.
   */
  private static final class ResettingServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ResettingServer(int resets) throws IOException {
      byte[] body;
      try (InputStream in = AirflowRetryTest.class.getResourceAsStream("/AirflowClientTest/dag_run.json")) {
        body = in.readAllBytes();
      }
      acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket client = socket.accept()) {
            readRequestHead(client.getInputStream());
            if (connections.incrementAndGet() <= resets) {
              client.setSoLinger(true, 0);
            } else {
              OutputStream out = client.getOutputStream();
              out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
              out.write(body);
              out.flush();
            }
          } catch (IOException closed) {
            // the socket was closed by close(): the loop ends
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private static void readRequestHead(InputStream in) throws IOException {
      int matched = 0;
      byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
      }
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
