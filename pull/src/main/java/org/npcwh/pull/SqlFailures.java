package org.npcwh.pull;

import java.sql.SQLException;
import org.npcwh.core.error.PullErrors;
import org.npcwh.core.error.UserException;

/**
 * Turns the driver's exceptions into user errors naming the source (and dataset). The database's
 * own message is kept, scrubbed of credentials, with its SQLState; the exception is not attached,
 * so no stack trace or nested message can leak a secret.
 */
final class SqlFailures {
  private SqlFailures() {}

  static String describe(SQLException e, Redactor redactor) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    return redactor.scrub(message) + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]");
  }

  static UserException connecting(SQLException e, String source, String url, String user, Redactor redactor) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String detail = describe(e, redactor);
    if (state.startsWith("28")) {
      return PullErrors.loginRejected(source, user, detail);
    }
    return PullErrors.sourceUnreachable(source, Redactor.maskUrl(url), state.equals("3D000")
        ? "the database does not exist (" + detail + ")"
        : "the connection failed (" + detail + ")");
  }

  /** A failure while a dataset is streamed: a lost connection, or anything else the database reports. */
  static UserException reading(SQLException e, String source, String dataset, long rowsRead, boolean connectionLost,
      Redactor redactor) {
    String detail = "the database said: " + describe(e, redactor);
    return connectionLost || isConnectionClass(e)
        ? PullErrors.connectionLost(source, dataset, rowsRead, detail)
        : PullErrors.readFailed(source, dataset, detail);
  }

  /** SQLState class 08 (connection exception) or 57P0x (server shut down or backend terminated). */
  private static boolean isConnectionClass(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("57P0"));
  }
}
