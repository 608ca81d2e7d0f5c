package org.npcwh.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * What an analyst's stock DuckDB client does after {@code cd <warehouse>}: opens warehouse.duckdb
 * by its relative name with default settings (no file_search_path) and runs the query in args[0].
 */
public final class StockClient {
  private StockClient() {}

  public static void main(String[] args) throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:warehouse.duckdb", readOnly);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(args[0])) {
      while (rs.next()) {
        System.out.println(rs.getString(1));
      }
    }
  }
}
