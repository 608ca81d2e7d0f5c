package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.table.PublishedTable;

/**
 * Keeps a table transform writes to exactly the columns its home {@code tables/<table>/schema.tsv}
 * declares, in that order: the warehouse and the checks read the files by that declaration, so a
 * column transform does not build is a bug to stop on here, not an empty column later.
 */
public final class DeclaredColumns {
  private DeclaredColumns() {}

  public static Dataset<Row> select(PublishedTable home, Dataset<Row> rows) {
    List<String> built = Arrays.asList(rows.columns());
    List<String> missing = home.columnNames().stream().filter(c -> !built.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("transform builds " + home.name() + " without the column(s) " + missing
          + " that tables/" + home.name() + "/schema.tsv declares; it builds " + built);
    }
    return rows.select(home.columnNames().stream().map(c -> col(c)).toArray(Column[]::new));
  }
}
