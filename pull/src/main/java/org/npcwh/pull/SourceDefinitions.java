package org.npcwh.pull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.PullErrors;
import org.npcwh.core.error.UserException;

/**
 * Finds and reads source definition files ({@code sources/<name>.json}); every mistake in one is
 * reported with the file, the dataset and what to write instead.
 */
public final class SourceDefinitions {
  /** The environment variable naming the folder of definition files. */
  public static final String DIRECTORY_VARIABLE = "NPCWH_SOURCES_DIR";
  /** The folder used when {@link #DIRECTORY_VARIABLE} is unset, relative to the working directory. */
  public static final Path DEFAULT_DIRECTORY = Path.of("sources");

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  private static final Pattern SOURCE_NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
  private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}");
  private static final Set<String> SOURCE_KEYS = Set.of("source", "description", "jdbc_url", "user", "user_env",
      "password_env", "secrets_file", "overlap_minutes", "fetch_size", "datasets");
  private static final Set<String> DATASET_KEYS = Set.of("description", "table", "query", "columns", "key_columns",
      "updated_at_column", "mode");

  private final Path file;

  private SourceDefinitions(Path file) {
    this.file = file;
  }

  /** The folder of definition files: {@code $NPCWH_SOURCES_DIR}, else {@code ./sources}. */
  public static Path definitionsDir(Map<String, String> env) {
    String configured = env.get(DIRECTORY_VARIABLE);
    return configured == null || configured.isBlank() ? DEFAULT_DIRECTORY : Path.of(configured);
  }

  /**
   * The definition file a {@code --source} value means: an existing file path as given, otherwise
   * {@code <definitionsDir>/<name>.json}.
   */
  public static Path resolve(String nameOrPath, Path definitionsDir) {
    Path asPath = Path.of(nameOrPath);
    if (Files.isRegularFile(asPath)) {
      return asPath;
    }
    Path named = definitionsDir.resolve(nameOrPath + ".json");
    if (SOURCE_NAME.matcher(nameOrPath).matches() && Files.isRegularFile(named)) {
      return named;
    }
    throw PullErrors.sourceNotFound(nameOrPath, definitionsDir, DIRECTORY_VARIABLE);
  }

  public static SourceDefinition read(Path file) {
    return new SourceDefinitions(file).parse();
  }

  private SourceDefinition parse() {
    JsonNode root = readTree();
    checkKeys(root, SOURCE_KEYS, "the top level");
    String name = optionalText(root, "source", defaultName());
    if (!SOURCE_NAME.matcher(name).matches()) {
      throw invalid("the source name \"" + name + "\" is not lower-case letters, digits, '_' or '-'",
          "Name the source like liaison or suggestion_db (it appears in batch ids and file names)");
    }
    String url = requiredText(root, "jdbc_url");
    if (!url.startsWith("jdbc:")) {
      throw invalid("jdbc_url does not start with jdbc:", "Write e.g. jdbc:postgresql://HOST:5432/DATABASE");
    }
    if (Redactor.hasEmbeddedCredentials(url)) {
      throw invalid("jdbc_url carries a password (" + Redactor.maskUrl(url) + ")",
          "Remove it from the URL and name it with password_env or secrets_file: a definition file is committed"
              + " to the repository, credentials never are");
    }
    CredentialSource credentials = credentials(root);
    long overlap = number(root, "overlap_minutes", SourceDefinition.DEFAULT_OVERLAP.toMinutes(), 0);
    long fetchSize = number(root, "fetch_size", SourceDefinition.DEFAULT_FETCH_SIZE, 1);
    return new SourceDefinition(name, file, url, credentials, Duration.ofMinutes(overlap),
        (int) Math.min(fetchSize, 1_000_000), datasets(root.get("datasets")));
  }

  private JsonNode readTree() {
    try {
      JsonNode root = JSON.readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw invalid("it is not a JSON object", "See pull/src/main/resources/examples/liaison.json for the format");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw invalid("it is not valid JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ")", "Fix the JSON syntax");
    } catch (IOException e) {
      throw Errors.unreadable(file, e);
    }
  }

  private String defaultName() {
    String fileName = file.getFileName().toString();
    return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
  }

  private CredentialSource credentials(JsonNode root) {
    String user = optionalText(root, "user", null);
    String userEnv = optionalText(root, "user_env", null);
    String passwordEnv = optionalText(root, "password_env", null);
    String secrets = optionalText(root, "secrets_file", null);
    if (user != null && userEnv != null) {
      throw invalid("it gives both user and user_env", "Keep one of them");
    }
    if ((passwordEnv == null) == (secrets == null)) {
      throw invalid("it must name exactly one of password_env and secrets_file",
          "Name the environment variable holding the password (\"password_env\": \"NPCWH_LIAISON_PASSWORD\")"
              + " or a secrets file outside the repository (\"secrets_file\": \"/etc/npcwh/liaison.secrets\")");
    }
    if (user == null && userEnv == null && secrets == null) {
      throw invalid("it gives no user name", "Add \"user\" or \"user_env\"");
    }
    Path secretsFile = secrets == null ? null : file.toAbsolutePath().getParent().resolve(secrets);
    return new CredentialSource(user, userEnv, passwordEnv, secretsFile);
  }

  private List<DatasetDefinition> datasets(JsonNode datasets) {
    if (datasets == null || !datasets.isObject() || datasets.isEmpty()) {
      throw invalid("it has no \"datasets\" object naming at least one contract dataset",
          "Add \"datasets\": {\"regions\": {\"table\": \"...\"}, ...}");
    }
    List<DatasetDefinition> result = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : datasets.properties()) {
      SourceDataset dataset = SourceDataset.find(entry.getKey()).orElseThrow(() -> invalid(
          "\"" + entry.getKey() + "\" is not a dataset of the source contract",
          "Use one of " + String.join(", ", Arrays.stream(SourceDataset.values())
              .map(SourceDataset::datasetName).toList())));
      result.add(dataset(dataset, entry.getValue()));
    }
    result.sort(Comparator.comparing(DatasetDefinition::dataset));
    return result;
  }

  private DatasetDefinition dataset(SourceDataset dataset, JsonNode node) {
    String where = "dataset " + dataset.datasetName();
    if (!node.isObject()) {
      throw invalid(where + " is not a JSON object", "Write {\"table\": \"schema.table\"}");
    }
    checkKeys(node, DATASET_KEYS, where);
    String table = optionalText(node, "table", null);
    String query = optionalText(node, "query", null);
    if ((table == null) == (query == null)) {
      throw invalid(where + " must give exactly one of table and query",
          "Give \"table\": \"schema.table\", or \"query\": \"SELECT ...\" whose columns are named like the contract's fields");
    }
    if (table != null && !TABLE.matcher(table).matches()) {
      throw invalid(where + " names the table \"" + table + "\", which is not [schema.]name",
          "Give a plain table name; for anything else use \"query\"");
    }
    Map<String, String> columns = columns(dataset, node.get("columns"), where);
    DeliveryMode mode = mode(dataset, node, where);
    String updatedAt = optionalText(node, "updated_at_column", columns.get("updated_at"));
    if (mode == DeliveryMode.INCREMENTAL && updatedAt == null) {
      throw invalid(where + " is incremental but has no updated_at column",
          "Name the column to window on with \"updated_at_column\", or pull it with \"mode\": \"full\"");
    }
    List<String> keys = node.has("key_columns") ? textList(node.get("key_columns"), where + "'s key_columns")
        : dataset.keyFields().stream().map(f -> columns.get(f.name())).toList();
    return new DatasetDefinition(dataset, table, query == null ? null : trimmedQuery(query), columns, keys,
        mode == DeliveryMode.FULL ? null : updatedAt, mode);
  }

  private Map<String, String> columns(SourceDataset dataset, JsonNode node, String where) {
    Map<String, String> columns = new LinkedHashMap<>();
    dataset.fields().forEach(f -> columns.put(f.name(), f.name()));
    if (node == null) {
      return columns;
    }
    if (!node.isObject()) {
      throw invalid(where + "'s columns is not an object", "Write {\"contract_field\": \"source_column\"}");
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (dataset.field(entry.getKey()).isEmpty()) {
        throw invalid(where + " maps \"" + entry.getKey() + "\", which is not one of its contract fields",
            "The fields are " + String.join(", ", dataset.fields().stream().map(Field::name).toList()));
      }
      if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
        throw invalid(where + " maps " + entry.getKey() + " to something that is not a column name",
            "Write \"" + entry.getKey() + "\": \"source_column\"");
      }
      columns.put(entry.getKey(), entry.getValue().asText());
    }
    return columns;
  }

  private DeliveryMode mode(SourceDataset dataset, JsonNode node, String where) {
    String text = optionalText(node, "mode", dataset.usualMode().code());
    return Arrays.stream(DeliveryMode.values()).filter(m -> m.code().equals(text)).findFirst()
        .orElseThrow(() -> invalid(where + " has mode \"" + text + "\"", "Write \"full\" or \"incremental\""));
  }

  /** A trailing semicolon would break the sub-select the query is wrapped in. */
  private static String trimmedQuery(String query) {
    String trimmed = query.strip();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    return trimmed;
  }

  private List<String> textList(JsonNode node, String what) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw invalid(what + " is not a non-empty list of column names", "Write [\"column\", ...]");
    }
    List<String> values = new ArrayList<>();
    node.forEach(element -> {
      if (!element.isTextual() || element.asText().isBlank()) {
        throw invalid(what + " holds something that is not a column name", "Write [\"column\", ...]");
      }
      values.add(element.asText());
    });
    return values;
  }

  private void checkKeys(JsonNode node, Set<String> allowed, String where) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw invalid(where + " has the unknown key \"" + name + "\"",
            "Allowed there: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private String requiredText(JsonNode node, String key) {
    String value = optionalText(node, key, null);
    if (value == null) {
      throw invalid("it lacks \"" + key + "\"", "Add it (see pull/src/main/resources/examples/liaison.json)");
    }
    return value;
  }

  private String optionalText(JsonNode node, String key, String fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw invalid("\"" + key + "\" is not a non-empty string", "Write \"" + key + "\": \"...\"");
    }
    return value.asText().strip();
  }

  private long number(JsonNode node, String key, long fallback, long smallest) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < smallest) {
      throw invalid("\"" + key + "\" is not a whole number of at least " + smallest, "Write e.g. \"" + key
          + "\": " + fallback);
    }
    return value.asLong();
  }

  private UserException invalid(String problem, String todo) {
    return PullErrors.definitionInvalid(file, problem, todo);
  }
}
