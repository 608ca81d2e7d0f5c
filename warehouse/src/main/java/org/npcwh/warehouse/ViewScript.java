package org.npcwh.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.npcwh.core.table.SqlText;

/**
 * The DDL of the analysts' database as it is built: every statement that creates or documents a view
 * is run on the database and kept, in order, for {@code warehouse.sql}. A client that cannot open
 * {@code warehouse.duckdb} (another engine version, a tool that wants its own database) recreates the
 * same views from it, so the script and the file cannot drift apart.
 */
final class ViewScript {
  private final Connection connection;
  private final StringBuilder script = new StringBuilder(SqlText.resource(ViewScript.class, "sql/view_script_header.sql"));

  ViewScript(Connection connection) {
    this.connection = connection;
  }

  /** The database the statements run on, for questions that are no DDL. */
  Connection connection() {
    return connection;
  }

  /** Runs one DDL statement and keeps it for the script. */
  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
    script.append("\n").append(sql.strip()).append(";\n");
  }

  /** Writes the script beside its target under a dot-prefixed name, then renames it into place. */
  void writeTo(Path target) throws IOException {
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    Files.writeString(partial, script, StandardCharsets.UTF_8);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
