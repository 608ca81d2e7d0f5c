package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.UserException;

class AirflowSettingsTest {

  @Test
  void theUrlOptionWinsOverTheEnvironmentAndLosesItsTrailingSlash() {
    AirflowSettings settings = AirflowSettings.fromEnvironment("http://airflow.internal:8080/",
        Map.of("AIRFLOW_URL", "http://elsewhere:8080", "AIRFLOW_TOKEN", "tok"));

    assertThat(settings.baseUrl()).isEqualTo(URI.create("http://airflow.internal:8080"));
    assertThat(settings.resolve("/api/v2/backfills")).isEqualTo(URI.create("http://airflow.internal:8080/api/v2/backfills"));
    assertThat(settings.auth()).isEqualTo(new AirflowAuth.BearerToken("tok"));
  }

  @Test
  void aPathPrefixBehindAProxyIsKept() {
    AirflowSettings settings = AirflowSettings.fromEnvironment(null,
        Map.of("AIRFLOW_URL", "https://ops.example.org/airflow", "AIRFLOW_USERNAME", "admin",
            "AIRFLOW_PASSWORD", "pw"));

    assertThat(settings.resolve("/auth/token")).isEqualTo(URI.create("https://ops.example.org/airflow/auth/token"));
    assertThat(settings.auth()).isEqualTo(new AirflowAuth.Password("admin", "pw"));
    assertThat(settings.auth().toString()).doesNotContain("pw");
  }

  @Test
  void aTokenIsPreferredToAPassword() {
    AirflowSettings settings = AirflowSettings.fromEnvironment("http://localhost:8080", Map.of(
        "AIRFLOW_TOKEN", "tok", "AIRFLOW_USERNAME", "admin", "AIRFLOW_PASSWORD", "pw"));

    assertThat(settings.auth()).isInstanceOf(AirflowAuth.BearerToken.class);
  }

  @Test
  void missingOrUnusableSettingsSayWhatToSet() {
    assertThatThrownBy(() -> AirflowSettings.fromEnvironment(null, Map.of("AIRFLOW_TOKEN", "t")))
        .isInstanceOf(UserException.class)
        .hasMessage("No Airflow URL is configured: the command talks to Airflow's API server, and neither"
            + " --url nor the environment variable AIRFLOW_URL gives its address. Pass --url"
            + " http://HOST:8080 or set AIRFLOW_URL");
    assertThatThrownBy(() -> AirflowSettings.fromEnvironment("http://localhost:8080", Map.of("AIRFLOW_USERNAME", "admin")))
        .hasMessageStartingWith("No Airflow credentials are configured")
        .hasMessageEndingWith("Set AIRFLOW_TOKEN, or both AIRFLOW_USERNAME and AIRFLOW_PASSWORD");
    assertThatThrownBy(() -> AirflowSettings.fromEnvironment("localhost:8080", Map.of("AIRFLOW_TOKEN", "t")))
        .hasMessageStartingWith("'localhost:8080' is not a usable Airflow URL: it must start with http://");
    assertThatThrownBy(() -> AirflowSettings.fromEnvironment("http://localhost:8080/api/v2", Map.of("AIRFLOW_TOKEN", "t")))
        .hasMessageContaining("already ends with /api/v2");
  }
}
