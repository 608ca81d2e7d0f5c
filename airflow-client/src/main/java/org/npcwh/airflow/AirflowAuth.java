package org.npcwh.airflow;

/**
 * How the client proves who it is. Airflow 3's REST API only takes bearer tokens (JWTs); a token is
 * either given directly or obtained from the auth manager's {@code POST /auth/token}.
 */
public sealed interface AirflowAuth {

  /** A ready token, e.g. from {@code AIRFLOW_TOKEN}; it cannot be renewed when it expires. */
  record BearerToken(String token) implements AirflowAuth {
    @Override
    public String toString() {
      return "BearerToken[***]";
    }
  }

  /** A user whose token is obtained from {@code POST /auth/token} and renewed once on a 401. */
  record Password(String username, String password) implements AirflowAuth {
    @Override
    public String toString() {
      return "Password[username=" + username + ", password=***]";
    }
  }
}
