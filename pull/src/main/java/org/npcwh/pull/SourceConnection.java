package org.npcwh.pull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.npcwh.core.error.PullErrors;
import org.npcwh.pull.CredentialSource.Credentials;

/**
 * A connection to a source database holding one read-only REPEATABLE READ transaction: every
 * dataset of a pull is read from the same snapshot, and the driver streams rows (autocommit off and
 * a fetch size make PostgreSQL use a server-side cursor; MySQL Connector/J needs
 * {@code useCursorFetch=true}, which is set here; MariaDB's driver streams with the fetch size alone).
 */
final class SourceConnection implements AutoCloseable {
  static final String APPLICATION_NAME = "npcwh-pull";

  private final Connection connection;
  private final PullSql sql;

  private SourceConnection(Connection connection, PullSql sql) {
    this.connection = connection;
    this.sql = sql;
  }

  static SourceConnection open(SourceDefinition source, Credentials credentials, Redactor redactor) {
    String url = source.jdbcUrl();
    try {
      DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw PullErrors.noDriver(source.name(), Redactor.maskUrl(url));
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, properties(url, credentials));
    } catch (SQLException e) {
      throw SqlFailures.connecting(e, source.name(), url, credentials.user(), redactor);
    }
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      return new SourceConnection(connection, new PullSql(connection.getMetaData().getIdentifierQuoteString()));
    } catch (SQLException e) {
      closeQuietly(connection);
      throw SqlFailures.connecting(e, source.name(), url, credentials.user(), redactor);
    }
  }

  private static Properties properties(String url, Credentials credentials) {
    Properties properties = new Properties();
    properties.setProperty("user", credentials.user());
    properties.setProperty("password", credentials.password());
    if (url.startsWith("jdbc:postgresql:")) {
      properties.setProperty("ApplicationName", APPLICATION_NAME);
    } else if (url.startsWith("jdbc:mysql:")) {
      properties.setProperty("useCursorFetch", "true");
    }
    return properties;
  }

  Connection connection() {
    return connection;
  }

  PullSql sql() {
    return sql;
  }

  /** Whether the connection is gone (so a failed read was a lost connection, not a bad query). */
  boolean isLost() {
    try {
      return connection.isClosed() || !connection.isValid(5);
    } catch (SQLException e) {
      return true;
    }
  }

  /** Ends the read-only transaction; nothing was written to the source. */
  void finish() throws SQLException {
    connection.commit();
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // the connection is being dropped either way; nothing was written to the source
    }
  }
}
