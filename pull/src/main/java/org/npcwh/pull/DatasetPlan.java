package org.npcwh.pull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.npcwh.core.contract.Field;
import org.npcwh.core.error.PullErrors;
import org.npcwh.core.error.UserException;

/**
 * A dataset's definition checked against the source: the relation's columns are probed (a query that
 * returns no rows), every contract field, key and the watermark column must be there with a type the
 * contract can take. The select list is the fields in contract order, then the key columns, then the
 * watermark column, so the columns are found by position while streaming.
 *
 * @param sql the statement reading every row (full pulls, first incremental pull)
 * @param windowedSql the statement reading {@code updated_at > ?} (incremental pulls), or null for full ones
 * @param readers one reader per contract field, for columns 1..n
 * @param keyCount how many key columns follow the fields
 * @param watermarkZoned whether the watermark column (last) holds instants rather than local times
 */
record DatasetPlan(DatasetDefinition dataset, String sql, String windowedSql, List<ColumnReader> readers,
    int keyCount, boolean watermarkZoned) {

  int firstKeyColumn() {
    return readers.size() + 1;
  }

  int watermarkColumn() {
    return readers.size() + keyCount + 1;
  }

  static DatasetPlan prepare(Connection connection, PullSql sql, DatasetDefinition dataset, String source,
      Redactor redactor) {
    Map<String, SqlColumnType> columns = probe(connection, sql, dataset, source, redactor);
    List<String> selected = new ArrayList<>();
    List<ColumnReader> readers = new ArrayList<>();
    for (Field field : dataset.dataset().fields()) {
      String column = find(columns, dataset.column(field), "field " + field.name(), dataset, source);
      SqlColumnType type = columns.get(column);
      readers.add(ColumnReader.choose(field.type(), type).orElseThrow(() -> mismatch(source, dataset,
          "column " + column + " is of type " + type + ", which cannot be delivered as the contract's "
              + field.type().name().toLowerCase(Locale.ROOT) + " field " + field.name())));
      selected.add(column);
    }
    List<String> keys = new ArrayList<>();
    for (String key : dataset.keyColumns()) {
      keys.add(find(columns, key, "key column", dataset, source));
    }
    selected.addAll(keys);
    if (!dataset.incremental()) {
      return new DatasetPlan(dataset, sql.select(dataset, selected, null, keys), null, readers, keys.size(), false);
    }
    String watermark = find(columns, dataset.updatedAtColumn(), "updated_at column", dataset, source);
    SqlColumnType watermarkType = columns.get(watermark);
    if (!watermarkType.isTimestamp()) {
      throw mismatch(source, dataset, "the updated_at column " + watermark + " is of type " + watermarkType
          + "; incremental pulls need a timestamp column");
    }
    selected.add(watermark);
    List<String> order = new ArrayList<>();
    order.add(watermark);
    order.addAll(keys);
    return new DatasetPlan(dataset, sql.select(dataset, selected, null, order),
        sql.select(dataset, selected, watermark, order), readers, keys.size(), watermarkType.isZoned());
  }

  /** The relation's columns by label, in order, with their types. */
  private static Map<String, SqlColumnType> probe(Connection connection, PullSql sql, DatasetDefinition dataset,
      String source, Redactor redactor) {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql.probe(dataset))) {
      ResultSetMetaData meta = rs.getMetaData();
      Map<String, SqlColumnType> columns = new LinkedHashMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.putIfAbsent(meta.getColumnLabel(i), new SqlColumnType(meta.getColumnType(i), meta.getColumnTypeName(i)));
      }
      return columns;
    } catch (SQLException e) {
      throw mismatch(source, dataset, (dataset.table() != null ? "the table " + dataset.table() : "its query")
          + " cannot be read (the database said: " + SqlFailures.describe(e, redactor) + ")");
    }
  }

  /** The probe's spelling of a column: exactly as written, else the one column equal to it ignoring case. */
  private static String find(Map<String, SqlColumnType> columns, String wanted, String role,
      DatasetDefinition dataset, String source) {
    if (columns.containsKey(wanted)) {
      return wanted;
    }
    List<String> similar = columns.keySet().stream().filter(c -> c.equalsIgnoreCase(wanted)).toList();
    if (similar.size() == 1) {
      return similar.get(0);
    }
    throw mismatch(source, dataset, (dataset.table() != null ? "the table " + dataset.table() : "its query")
        + " has no column " + wanted + " (the " + role + (role.startsWith("field") ? "" : " of the definition")
        + "; it has " + String.join(", ", columns.keySet()) + ")");
  }

  private static UserException mismatch(String source, DatasetDefinition dataset, String problem) {
    return PullErrors.datasetMismatch(source, dataset.name(), problem);
  }
}
