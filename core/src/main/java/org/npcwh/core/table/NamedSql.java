package org.npcwh.core.table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * SQL with named parameters ({@code :period_end}) turned into JDBC's positional {@code ?}, so the
 * SQL files stay readable and every value is still bound, never pasted into the text. A name may
 * occur many times; {@code ::} casts, quoted text and comments are left alone. In core because the
 * checks and the reports both run SQL files with named parameters.
 *
 * @param sql the statement with {@code ?} in place of each name
 * @param names the name behind each {@code ?}, in order
 */
public record NamedSql(String sql, List<String> names) {

  public NamedSql {
    names = List.copyOf(names);
  }

  public static NamedSql parse(String text) {
    StringBuilder sql = new StringBuilder(text.length());
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (c == '\'' || c == '"') {
        end = closing(text, i, c);
      } else if (text.startsWith("--", i)) {
        end = lineEnd(text, i);
      } else if (text.startsWith("::", i)) {
        end = i + 2;
      } else if (c == ':' && i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
        end = i + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        names.add(text.substring(i + 1, end));
        sql.append('?');
        i = end;
        continue;
      } else {
        end = i + 1;
      }
      sql.append(text, i, end);
      i = end;
    }
    return new NamedSql(sql.toString(), names);
  }

  /** Prepares the statement and binds each name from {@code values}. */
  public PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(connection, statement, values);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** Binds each name from {@code values} (again, for a statement run many times); lists become VARCHAR arrays. */
  public void bind(Connection connection, PreparedStatement statement, Map<String, ?> values) throws SQLException {
    for (int p = 0; p < names.size(); p++) {
      String name = names.get(p);
      if (!values.containsKey(name)) {
        throw new IllegalStateException("no value for the SQL parameter :" + name);
      }
      Object value = values.get(name);
      if (value instanceof Collection<?> list) {
        value = connection.createArrayOf("VARCHAR", list.toArray());
      }
      statement.setObject(p + 1, value);
    }
  }

  private static int closing(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
