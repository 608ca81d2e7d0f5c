package org.npcwh.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of Airflow 3.1's REST API v2 recorded in {@code airflow-3.1-api-facts.json} (copied
 * from the published OpenAPI document named there), and a check of requests and bodies against
 * them: known operation, known query parameters, no unknown or too-new field, required fields
 * present, null only where nullable, each value of its type or enum. Responses may also carry the
 * few fields listed under {@code beyond_spec} that the server sends without documenting them.
 */
final class ApiFacts {
  static final String RESOURCE = "/airflow-3.1-api-facts.json";

  private final JsonNode facts;

  private ApiFacts(JsonNode facts) {
    this.facts = facts;
  }

  static ApiFacts load() {
    try (InputStream in = ApiFacts.class.getResourceAsStream(RESOURCE)) {
      return new ApiFacts(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String airflowVersion() {
    return facts.path("spec").path("airflow_version").asText();
  }

  Set<String> operationIds() {
    return names(facts.path("operations"));
  }

  Set<String> properties(String schema) {
    return names(schema(schema).path("properties"));
  }

  JsonNode schema(String name) {
    JsonNode schema = facts.path("schemas").path(name);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("no schema " + name + " in " + RESOURCE);
    }
    return schema;
  }

  Set<String> enumValues(String name) {
    Set<String> values = new TreeSet<>();
    facts.path("enums").path(name).forEach(value -> values.add(value.asText()));
    return values;
  }

  /** The id of the operation whose method and path template match {@code rawPath}. */
  Optional<String> operationOf(String method, String rawPath) {
    for (Iterator<Map.Entry<String, JsonNode>> ops = facts.path("operations").fields(); ops.hasNext(); ) {
      Map.Entry<String, JsonNode> op = ops.next();
      String template = op.getValue().path("path").asText().replaceAll("\\{[^}]+}", "[^/]+");
      if (op.getValue().path("method").asText().equals(method) && rawPath.matches(template)) {
        return Optional.of(op.getKey());
      }
    }
    return Optional.empty();
  }

  /** What is wrong with a request as the client sent it (empty when nothing is). */
  List<String> checkRequest(String method, String rawPath, String query, JsonNode body) {
    Optional<String> id = operationOf(method, rawPath);
    if (id.isEmpty()) {
      return List.of(method + " " + rawPath + " is no operation of the spec");
    }
    JsonNode op = facts.path("operations").path(id.get());
    List<String> problems = new ArrayList<>();
    Set<String> allowed = new HashSet<>();
    op.path("query").forEach(name -> allowed.add(name.asText()));
    if (query != null) {
      for (String pair : query.split("&")) {
        String name = pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('='));
        if (!allowed.contains(name)) {
          problems.add(id.get() + ": query parameter " + name + " is not in the spec");
        }
      }
    }
    if (op.has("request")) {
      problems.addAll(checkBody(op.path("request").asText(), body, true));
    } else if (body != null) {
      problems.add(id.get() + ": the spec has no request body, yet one was sent");
    }
    return problems;
  }

  /**
   * What is wrong with {@code node} as an instance of {@code schemaName}; a request may not use
   * fields Airflow 3.1.0 does not know yet ({@code added_after_3_1_0}).
   */
  List<String> checkBody(String schemaName, JsonNode node, boolean request) {
    List<String> problems = new ArrayList<>();
    check(schemaName, node, schemaName, request, problems);
    return problems;
  }

  private void check(String schemaName, JsonNode node, String where, boolean request,
      List<String> problems) {
    JsonNode schema = schema(schemaName);
    if (node == null || !node.isObject()) {
      problems.add(where + ": not a JSON object");
      return;
    }
    Set<String> tooNew = new HashSet<>();
    schema.path("added_after_3_1_0").forEach(name -> tooNew.add(name.asText()));
    Set<String> nullable = new HashSet<>();
    schema.path("nullable").forEach(name -> nullable.add(name.asText()));
    schema.path("required").forEach(name -> {
      if (!node.has(name.asText())) {
        problems.add(where + ": required field " + name.asText() + " is missing");
      }
    });
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode type = schema.path("properties").path(name);
      if (type.isMissingNode() && !request) {
        type = schema.path("beyond_spec").path(name);
      }
      if (type.isMissingNode()) {
        problems.add(where + ": field " + name + " is not in " + schemaName);
      } else if (request && tooNew.contains(name)) {
        problems.add(where + ": field " + name + " is unknown to Airflow 3.1.0 (added later)");
      } else if (field.getValue().isNull()) {
        if (!nullable.contains(name)) {
          problems.add(where + ": field " + name + " may not be null");
        }
      } else {
        checkValue(type.asText(), field.getValue(), where + "." + name, request, problems);
      }
    }
  }

  private void checkValue(String type, JsonNode value, String where, boolean request,
      List<String> problems) {
    String[] kind = type.split(":", 2);
    boolean ok = switch (kind[0]) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "date-time" -> value.isTextual() && isAwareDateTime(value.asText());
      case "enum" -> value.isTextual() && enumValues(kind[1]).contains(value.asText());
      case "ref" -> value.isObject();
      case "array" -> value.isArray();
      case "any" -> true;
      default -> throw new IllegalStateException("unknown type " + type + " in " + RESOURCE);
    };
    if (!ok) {
      problems.add(where + ": " + value + " is not of type " + type);
    } else if (kind.length == 2 && facts.path("schemas").has(kind[1])) {
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          check(kind[1], value.get(i), where + "[" + i + "]", request, problems);
        }
      } else {
        check(kind[1], value, where, request, problems);
      }
    }
  }

  private static boolean isAwareDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
