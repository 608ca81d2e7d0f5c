package org.npcwh.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reference of the transform: the SQL of {@code bench/reference/} run by DuckDB on a
 * warehouse's raw layer gives the rows {@code metric_values} must hold, written from the contract and
 * the decisions only. The differential test ({@code DuckDbReferenceIT}) compares it with the transform
 * and the benchmark times it against the transform; so it depends on the JDK and DuckDB's driver alone
 * and runs as a single-file program:
 * {@code java -cp duckdb_jdbc.jar DuckDbReference.java SQL_DIR WAREHOUSE OUT.parquet PERIOD...}; with
 * {@code -Dnpcwh.reference.compare=DIR} it also counts the rows of the transform's Parquet files in DIR
 * that agree with its own, and {@code -Dnpcwh.reference.memory_limit=8GB} and
 * {@code -Dnpcwh.reference.temp_directory=DIR} are DuckDB's settings of those names.
 */
public final class DuckDbReference {
  /** The SQL files, run in this order. */
  private static final List<String> SCRIPTS = List.of("raw_shapes.sql", "current_state.sql", "metrics.sql",
      "metrics_second_tier.sql", "metric_values.sql");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final Path sqlDir;

  /** One row of {@code metric_values}. */
  public record Figure(String period, String grain, String metricId, String scopeType, String scopeCode,
      Double value, Double numerator, Double denominator) {
    /** The row's key: period, metric and scope. */
    public String key() {
      return period + " " + metricId + " " + scopeType + " " + scopeCode;
    }

    /** Same grain, and value, numerator and denominator equal or within the tolerance (nulls alike). */
    public boolean agrees(Figure other, double tolerance) {
      return grain.equals(other.grain) && close(value, other.value, tolerance)
          && close(numerator, other.numerator, tolerance) && close(denominator, other.denominator, tolerance);
    }

    private static boolean close(Double a, Double b, double tolerance) {
      return a == null ? b == null : b != null && Math.abs(a - b) <= tolerance;
    }
  }

  public DuckDbReference(Path sqlDir) {
    this.sqlDir = sqlDir;
  }

  /** Usage: SQL_DIR WAREHOUSE OUT.parquet PERIOD... (periods as 2023-01, 2023-Q1 or 2023). */
  public static void main(String[] args) throws SQLException {
    if (args.length < 4) {
      System.err.println("usage: DuckDbReference SQL_DIR WAREHOUSE OUT.parquet PERIOD...");
      System.exit(2);
    }
    DuckDbReference reference = new DuckDbReference(Path.of(args[0]));
    List<String> periods = List.of(args).subList(3, args.length);
    try (Connection db = reference.compute(Path.of(args[1]), periods)) {
      try (Statement statement = db.createStatement()) {
        statement.execute("COPY metric_values TO " + literal(Path.of(args[2]).toAbsolutePath().toString())
            + " (FORMAT parquet)");
      }
      System.out.println(count(db) + " metric_values rows for " + periods.size() + " periods");
      String candidate = System.getProperty("npcwh.reference.compare");
      if (candidate != null) {
        System.out.println(reference.compare(db, Path.of(candidate)));
      }
    }
  }

  /** How many of the transform's rows in the folder of Parquet files agree with the reference's. */
  private String compare(Connection db, Path candidate) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute("CREATE VIEW candidate AS SELECT * FROM read_parquet("
          + literal(candidate.toAbsolutePath().resolve("*.parquet").toString()) + ")");
      try (ResultSet rows = statement.executeQuery(read(sqlDir.resolve("compare.sql")))) {
        rows.next();
        return "transform agrees with the reference on " + rows.getLong("agreeing") + " of "
            + rows.getLong("compared") + " rows";
      }
    }
  }

  /** The figures of the given periods, ordered by period, metric, scope type and scope code. */
  public List<Figure> figures(Path warehouse, List<String> periods) throws SQLException {
    List<Figure> figures = new ArrayList<>();
    try (Connection db = compute(warehouse, periods); Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM metric_values")) {
      while (rows.next()) {
        figures.add(new Figure(rows.getString("period"), rows.getString("grain"), rows.getString("metric_id"),
            rows.getString("scope_type"), rows.getString("scope_code"), number(rows, "value"),
            number(rows, "numerator"), number(rows, "denominator")));
      }
    }
    return figures;
  }

  /** An in-memory database whose table {@code metric_values} holds the periods' figures. */
  Connection compute(Path warehouse, List<String> periods) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try {
      try (Statement statement = db.createStatement()) {
        // DuckDB takes no parameter in SET: the one quoted value.
        statement.execute("SET file_search_path = " + literal(warehouse.toAbsolutePath().toString()));
        // DuckDB's own default is 80 % of the machine's memory, which beside a Spark run makes it swap.
        for (String setting : List.of("memory_limit", "temp_directory")) {
          String value = System.getProperty("npcwh.reference." + setting);
          if (value != null) {
            statement.execute("SET " + setting + " = " + literal(value));
          }
        }
        statement.execute("CREATE TABLE periods (period VARCHAR, grain VARCHAR, p_start DATE, p_end DATE)");
      }
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO periods VALUES (?, ?, ?, ?)")) {
        for (String label : periods) {
          LocalDate[] range = range(label);
          insert.setString(1, label);
          insert.setString(2, grain(label));
          insert.setObject(3, range[0]);
          insert.setObject(4, range[1]);
          insert.execute();
        }
      }
      for (String script : SCRIPTS) {
        run(db, read(sqlDir.resolve(script)));
      }
      return db;
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Runs each statement of a script: statements end with a semicolon at the end of a line. */
  static void run(Connection db, String script) throws SQLException {
    try (Statement statement = db.createStatement()) {
      for (String sql : script.split(";\\s*\\n")) {
        if (!sql.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
          statement.execute(sql);
        }
      }
    }
  }

  static String grain(String label) {
    if (MONTH.matcher(label).matches()) {
      return "MONTH";
    }
    if (QUARTER.matcher(label).matches()) {
      return "QUARTER";
    }
    if (YEAR.matcher(label).matches()) {
      return "YEAR";
    }
    throw new IllegalArgumentException("not a period (2023-01, 2023-Q1 or 2023): " + label);
  }

  /** The first and last day of a period. */
  static LocalDate[] range(String label) {
    Matcher quarter = QUARTER.matcher(label);
    YearMonth first;
    int months;
    switch (grain(label)) {
      case "MONTH" -> {
        first = YearMonth.parse(label);
        months = 1;
      }
      case "QUARTER" -> {
        quarter.matches();
        first = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
        months = 3;
      }
      default -> {
        first = YearMonth.of(Integer.parseInt(label), 1);
        months = 12;
      }
    }
    return new LocalDate[] {first.atDay(1), first.plusMonths(months - 1).atEndOfMonth()};
  }

  private static Double number(ResultSet rows, String column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }

  private static long count(Connection db) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM metric_values")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
