package org.npcwh.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.npcwh.core.error.AirflowErrors;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.UserException;

/**
 * Sends {@link ApiCall}s with a bearer token, obtains and renews the token, retries repeatable calls
 * (see {@link RetrySettings}), and turns every failure into a {@link UserException} worded by
 * {@link Errors}.
 */
final class AirflowHttp {
  static final String TOKEN_PATH = "/auth/token";

  private static final int MAX_DETAIL_CHARS = 300;

  private final AirflowSettings settings;
  private final HttpClient http;
  private final ObjectMapper json = mapper();
  private final Consumer<String> progress;
  private String token;

  /** {@code progress} receives one line per retry. */
  AirflowHttp(AirflowSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    if (settings.auth() instanceof AirflowAuth.BearerToken given) {
      token = given.token();
    }
  }

  /** Snake-case JSON as in the spec, ISO date-times with their offsets, unknown fields ignored. */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  <T> T call(ApiCall call, Class<T> type) {
    HttpResponse<String> response = send(call, bearer());
    if (response.statusCode() == 401 && settings.auth() instanceof AirflowAuth.Password) {
      token = null; // expired while we held it: log in again, once
      response = send(call, bearer());
    }
    if (response.statusCode() / 100 != 2) {
      throw failure(call, response);
    }
    return parse(call.action(), response.body(), type);
  }

  /** The bearer token: the given one, or one obtained with the user's password. */
  String bearer() {
    if (token == null && settings.auth() instanceof AirflowAuth.Password user) {
      token = login(user);
    }
    return token;
  }

  private String login(AirflowAuth.Password user) {
    ApiCall call = ApiCall.postRepeatable(TOKEN_PATH, new LoginBody(user.username(), user.password()),
        "issue a token for user '" + user.username() + "'",
        "this Airflow has no " + TOKEN_PATH + " endpoint (its auth manager issues no tokens"
            + " by password: set AIRFLOW_TOKEN instead)", null);
    HttpResponse<String> response = send(call, null);
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw AirflowErrors.loginRejected(settings.baseUrl(), user.username(), detail(response.body()));
    }
    if (response.statusCode() / 100 != 2) {
      throw failure(call, response);
    }
    LoginResponse login = parse(call.action(), response.body(), LoginResponse.class);
    if (login.accessToken() == null || login.accessToken().isBlank()) {
      throw AirflowErrors.unexpectedAnswer(call.action(), "it holds no access_token", null);
    }
    return login.accessToken();
  }

  private HttpResponse<String> send(ApiCall call, String bearer) {
    HttpRequest request = request(call, bearer);
    try {
      return call.repeatable() ? Failsafe.with(retryPolicy(call)).get(() -> exchange(request))
          : exchange(request);
    } catch (FailsafeException e) {
      throw transportFailure(call, e.getCause() == null ? e : e.getCause());
    } catch (IOException | InterruptedException e) {
      throw transportFailure(call, e);
    }
  }

  private HttpRequest request(ApiCall call, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(settings.resolve(call.path()))
        .timeout(settings.requestTimeout())
        .header("Accept", "application/json");
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (call.body() == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(call.method(), HttpRequest.BodyPublishers.ofString(write(call.body())));
    }
    return request.build();
  }

  private HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Tries a repeatable call again on a 5xx answer or any transport failure (refused or reset
   * connection, timeout); 4xx answers are final here (a 401 is handled by {@link #call}).
   */
  private RetryPolicy<HttpResponse<String>> retryPolicy(ApiCall call) {
    RetrySettings retry = settings.retry();
    return RetryPolicy.<HttpResponse<String>>builder()
        .handle(IOException.class)
        .handleResultIf(response -> response.statusCode() >= 500)
        .withBackoff(retry.firstDelay(), retry.maxDelay())
        .withMaxAttempts(retry.maxAttempts())
        .onRetryScheduled(event -> progress.accept(call.method() + " " + call.path() + ": "
            + (event.getLastResult() != null ? "HTTP " + event.getLastResult().statusCode()
                : transportProblem(call, event.getLastException()))
            + "; trying again in " + event.getDelay().toMillis() / 1000.0 + " s (attempt "
            + (event.getAttemptCount() + 1) + " of " + retry.maxAttempts() + ")"))
        .build();
  }

  private RuntimeException transportFailure(ApiCall call, Throwable e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new CancellationException("interrupted while waiting for Airflow");
    }
    return AirflowErrors.unreachable(settings.baseUrl(), transportProblem(call, e), e);
  }

  private String transportProblem(ApiCall call, Throwable e) {
    if (e instanceof ConnectException refused) {
      return connectFailure(refused);
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection within " + settings.connectTimeout().toSeconds() + " s";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer to " + call.method() + " " + call.path() + " within "
          + settings.requestTimeout().toSeconds() + " s";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String connectFailure(ConnectException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof java.nio.channels.UnresolvedAddressException) {
      return "its host name does not resolve";
    }
    return "the connection was refused: nothing listens at that address and port";
  }

  private UserException failure(ApiCall call, HttpResponse<String> response) {
    String detail = detail(response.body());
    return switch (response.statusCode()) {
      case 401 -> AirflowErrors.tokenRejected(settings.baseUrl(), detail);
      case 403 -> AirflowErrors.forbidden(call.action(), detail);
      case 404 -> AirflowErrors.notFound(call.action(), call.missing(), detail);
      case 409 -> call.onConflict() == null
          ? AirflowErrors.refused(call.action(), 409, detail)
          : call.onConflict().apply(detail);
      default -> AirflowErrors.refused(call.action(), response.statusCode(), detail);
    };
  }

  /**
   * Airflow's explanation: the {@code detail} of {@code HTTPExceptionResponse} (a string or an
   * object with a message or reason), the {@code msg}s of {@code HTTPValidationError}, or the start
   * of a body that is not JSON (a proxy's page).
   */
  String detail(String body) {
    if (body == null || body.isBlank()) {
      return "no details";
    }
    try {
      JsonNode detail = json.readTree(body).path("detail");
      if (detail.isTextual()) {
        return detail.asText();
      }
      if (detail.isObject()) {
        JsonNode text = detail.has("message") ? detail.get("message") : detail.get("reason");
        return text != null && text.isTextual() ? text.asText() : detail.toString();
      }
      if (detail.isArray()) {
        return validationMessages(detail);
      }
    } catch (JsonProcessingException notJson) {
      // falls through to the raw text: a proxy or a non-Airflow server answered
    }
    String text = body.strip();
    return text.length() > MAX_DETAIL_CHARS ? text.substring(0, MAX_DETAIL_CHARS) + "..." : text;
  }

  private static String validationMessages(JsonNode errors) {
    StringBuilder out = new StringBuilder();
    for (JsonNode error : errors) {
      if (!out.isEmpty()) {
        out.append("; ");
      }
      StringBuilder location = new StringBuilder();
      error.path("loc").forEach(part -> location.append(location.isEmpty() ? "" : ".").append(part.asText()));
      out.append(location.isEmpty() ? "" : location + ": ").append(error.path("msg").asText());
    }
    return out.toString();
  }

  private <T> T parse(String action, String body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw AirflowErrors.unexpectedAnswer(action, "it is not the JSON the REST API v2 specifies ("
          + e.getOriginalMessage() + ")", e);
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The simple auth manager's {@code LoginBody}. */
  record LoginBody(String username, String password) {}

  /** The simple auth manager's {@code LoginResponse}. */
  record LoginResponse(String accessToken) {}
}
