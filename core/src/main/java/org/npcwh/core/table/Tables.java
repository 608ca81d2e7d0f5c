package org.npcwh.core.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * Reads the homes of the published tables, {@code tables/<table>/} at the top of the repository,
 * packaged as {@code org/npcwh/tables/} ({@link HomeFolders} finds them); each home holds
 * {@code table.properties}, {@code schema.tsv} and optionally {@code view.sql} and {@code checks.sql}. A malformed home is a bug of this code base,
 * reported with the file at fault when the class loads.
 */
public final class Tables {
  private static final String ROOT = "/org/npcwh/tables/";
  private static final Pattern FIELD_REFERENCE = Pattern.compile("([a-z_]+)\\.([a-z_]+)");
  private static final String ALIAS = "=";
  private static final String COMPUTED = "-";

  private static final Map<String, PublishedTable> ALL = load();

  private Tables() {}

  /**
   * Every published table and view, in creation order: tables over files by {@link TableSource} then
   * name, derived views last (so a derived view may read any table over files, not another view).
   */
  public static List<PublishedTable> all() {
    return List.copyOf(ALL.values());
  }

  public static PublishedTable get(String name) {
    PublishedTable table = ALL.get(name);
    if (table == null) {
      throw new IllegalArgumentException("no home tables/" + name + "/");
    }
    return table;
  }

  private static Map<String, PublishedTable> load() {
    Map<String, String[]> raw = new LinkedHashMap<>();
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    List<String> names = HomeFolders.list(ROOT);
    Map<String, List<String[]>> schemas = new HashMap<>();
    for (String name : names) {
      List<String[]> rows = rows(SqlText.identifier(name) + "/schema.tsv");
      schemas.put(name, rows);
      rows.forEach(row -> raw.put(name + "." + row[0], row));
    }
    for (String name : names) {
      Properties p = properties(name + "/table.properties");
      List<TableColumn> columns = new ArrayList<>();
      for (String[] row : schemas.get(name)) {
        columns.add(column(name, row, raw));
      }
      String key = p.getProperty("key", "").strip();
      tables.put(name, new PublishedTable(name, required(p, name, "comment"), required(p, name, "grain"),
          key.isEmpty() ? List.of() : Arrays.stream(key.split(",")).map(String::strip).toList(),
          TableSource.valueOf(required(p, name, "source").toUpperCase(Locale.ROOT)), required(p, name, "built_by"),
          List.copyOf(columns), text(name + "/view.sql"), text(name + "/checks.sql")));
    }
    return tables.values().stream()
        .sorted(Comparator.comparing(PublishedTable::source).thenComparing(PublishedTable::name))
        .collect(Collectors.toMap(PublishedTable::name, t -> t, (a, b) -> a, LinkedHashMap::new));
  }

  private static TableColumn column(String table, String[] row, Map<String, String[]> raw) {
    String name = SqlText.identifier(row[0]);
    String comment = resolve(table, row[2], raw);
    Matcher m = FIELD_REFERENCE.matcher(row[1]);
    if (row[1].equals(COMPUTED)) {
      return TableColumn.computed(name, comment);
    }
    if (!m.matches()) {
      return TableColumn.typed(name, row[1], comment);
    }
    SourceDataset dataset = SourceDataset.byName(m.group(1));
    Field field = dataset.field(m.group(2)).orElseThrow(() -> new IllegalStateException(
        where(table) + ": " + dataset.datasetName() + " has no field " + m.group(2)));
    if (!field.storedName().equals(name)) {
      throw new IllegalStateException(where(table) + ": " + name + " must be named " + field.storedName()
          + " like the stored field " + row[1]);
    }
    return TableColumn.fromContract(name, dataset, field, comment);
  }

  /** A comment {@code =table.column} reuses that column's comment, e.g. in a view that passes it on. */
  private static String resolve(String table, String comment, Map<String, String[]> raw) {
    if (!comment.startsWith(ALIAS)) {
      return comment;
    }
    String[] target = raw.get(comment.substring(ALIAS.length()));
    if (target == null || target[2].startsWith(ALIAS)) {
      throw new IllegalStateException(where(table) + ": " + comment + " names no documented column");
    }
    return target[2];
  }

  private static List<String[]> rows(String file) {
    String text = text(file).orElseThrow(() -> new IllegalStateException("missing tables/" + file));
    return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(line -> {
      String[] cells = line.split("\t", -1);
      if (cells.length != 3 || Arrays.stream(cells).anyMatch(String::isBlank)) {
        throw new IllegalStateException("tables/" + file + ": expected column, type and comment in: " + line);
      }
      return cells;
    }).toList();
  }

  private static Properties properties(String file) {
    Properties p = new Properties();
    try (InputStream in = Tables.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("missing tables/" + file);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(Properties p, String table, String key) {
    String value = p.getProperty(key, "").strip();
    if (value.isEmpty()) {
      throw new IllegalStateException("tables/" + table + "/table.properties has no " + key);
    }
    return value;
  }

  private static Optional<String> text(String file) {
    try (InputStream in = Tables.class.getResourceAsStream(ROOT + file)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String where(String table) {
    return "tables/" + table + "/schema.tsv";
  }
}
