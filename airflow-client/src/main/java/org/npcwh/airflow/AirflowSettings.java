package org.npcwh.airflow;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import org.npcwh.core.error.AirflowErrors;

/**
 * Where Airflow's API server is and how to log in to it.
 *
 * @param baseUrl the server's root (e.g. {@code http://localhost:8080}); the API lives under
 *     {@code /api/v2} and the token endpoint at {@code /auth/token} below it
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for one answer
 * @param retry how calls that may be repeated are tried again after a 5xx or a broken connection
 */
public record AirflowSettings(URI baseUrl, AirflowAuth auth, Duration connectTimeout,
    Duration requestTimeout, RetrySettings retry) {

  public static final String URL_VARIABLE = "AIRFLOW_URL";
  public static final String TOKEN_VARIABLE = "AIRFLOW_TOKEN";
  public static final String USERNAME_VARIABLE = "AIRFLOW_USERNAME";
  public static final String PASSWORD_VARIABLE = "AIRFLOW_PASSWORD";
  public static final Duration CONNECT_TIMEOUT_DEFAULT = Duration.ofSeconds(10);
  public static final Duration REQUEST_TIMEOUT_DEFAULT = Duration.ofSeconds(30);

  public AirflowSettings {
    baseUrl = withoutTrailingSlash(baseUrl);
  }

  public AirflowSettings(URI baseUrl, AirflowAuth auth) {
    this(baseUrl, auth, CONNECT_TIMEOUT_DEFAULT, REQUEST_TIMEOUT_DEFAULT, RetrySettings.DEFAULT);
  }

  /** These settings with another retry policy. */
  public AirflowSettings withRetry(RetrySettings other) {
    return new AirflowSettings(baseUrl, auth, connectTimeout, requestTimeout, other);
  }

  /**
   * Settings from the command line and the environment: the URL from {@code url} when given, else
   * {@code AIRFLOW_URL}; {@code AIRFLOW_TOKEN} when set, else {@code AIRFLOW_USERNAME} and
   * {@code AIRFLOW_PASSWORD}.
   */
  public static AirflowSettings fromEnvironment(String url, Map<String, String> env) {
    String address = isBlank(url) ? env.get(URL_VARIABLE) : url;
    if (isBlank(address)) {
      throw AirflowErrors.urlMissing(URL_VARIABLE);
    }
    return new AirflowSettings(parseUrl(address.trim()), authFrom(env));
  }

  /** The absolute address of an API path such as {@code /api/v2/backfills}. */
  URI resolve(String path) {
    return URI.create(baseUrl + path);
  }

  private static AirflowAuth authFrom(Map<String, String> env) {
    String token = env.get(TOKEN_VARIABLE);
    if (!isBlank(token)) {
      return new AirflowAuth.BearerToken(token.trim());
    }
    String user = env.get(USERNAME_VARIABLE);
    String password = env.get(PASSWORD_VARIABLE);
    if (isBlank(user) || password == null || password.isEmpty()) {
      throw AirflowErrors.credentialsMissing(TOKEN_VARIABLE, USERNAME_VARIABLE, PASSWORD_VARIABLE);
    }
    return new AirflowAuth.Password(user.trim(), password);
  }

  private static URI parseUrl(String address) {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw AirflowErrors.badUrl(address, e.getReason());
    }
    String scheme = uri.getScheme();
    boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    if (!web || uri.getHost() == null) {
      throw AirflowErrors.badUrl(address, "it must start with http:// or https:// and name a host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw AirflowErrors.badUrl(address, "it must not carry a query or a fragment");
    }
    if (uri.getPath() != null && uri.getPath().replaceAll("/+$", "").endsWith("/api/v2")) {
      throw AirflowErrors.badUrl(address, "it already ends with /api/v2, which the client adds itself");
    }
    return uri;
  }

  private static URI withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.replaceAll("/+$", "")) : uri;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
