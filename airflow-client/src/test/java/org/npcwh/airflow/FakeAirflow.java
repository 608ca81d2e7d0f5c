package org.npcwh.airflow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 that answers scripted bodies (copied in structure from the
 * Airflow 3 REST API's schemas, in {@code src/test/resources/<TestClass>/}) and records every
 * request the client sends.
 */
final class FakeAirflow implements AutoCloseable {

  /** One request as the server received it; {@code path} is decoded, {@code rawPath} is not. */
  record Received(String method, String rawPath, String path, String query,
      Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst().orElse(null);
    }
  }

  private record Reply(int status, String contentType, String body) {}

  private final Class<?> testClass;
  private final HttpServer server;
  private final Map<String, Deque<Reply>> script = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private FakeAirflow(Class<?> testClass) throws IOException {
    this.testClass = testClass;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  static FakeAirflow start(Class<?> testClass) {
    try {
      return new FakeAirflow(testClass);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Adds the next answer to {@code method path} (decoded path, no query): the body of
   * {@code src/test/resources/<TestClass>/<file>}, or of {@code src/test/resources/<file>} when
   * {@code file} names a folder. Answers are given in order; the last repeats.
   */
  FakeAirflow reply(String method, String path, int status, String file) {
    String type = file.endsWith(".json") ? "application/json" : "text/html";
    script.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>())
        .add(new Reply(status, type, fixture(file)));
    return this;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  List<Received> received(String method, String path) {
    return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
  }

  private void answer(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getPath(),
        uri.getQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
    Deque<Reply> replies = script.get(exchange.getRequestMethod() + " " + uri.getPath());
    Reply reply = replies == null ? new Reply(500, "application/json", "{\"detail\": \"unscripted\"}")
        : replies.size() > 1 ? replies.poll() : replies.peek();
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private String fixture(String file) {
    String name = file.contains("/") ? "/" + file : "/" + testClass.getSimpleName() + "/" + file;
    try (InputStream in = testClass.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
