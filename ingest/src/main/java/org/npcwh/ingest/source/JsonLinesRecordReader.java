package org.npcwh.ingest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npcwh.ingest.pii.Shown;

/**
 * JSON Lines: one object per line, blank lines ignored. Values may be strings, numbers, booleans or
 * null; numbers keep their exact decimal text. A line that is not a JSON object of such values is a
 * malformed record (the reason never quotes the line, which may hold personal data).
 */
public final class JsonLinesRecordReader implements RecordReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final int MAX_PLAIN_DIGITS = 1000;

  private final BufferedReader reader;
  private long line;

  private JsonLinesRecordReader(BufferedReader reader) {
    this.reader = reader;
  }

  public static JsonLinesRecordReader open(Path file, Charset charset) throws IOException {
    return new JsonLinesRecordReader(new BufferedReader(TextDecoding.open(file, charset)));
  }

  @Override
  public Optional<List<String>> header() {
    return Optional.empty();
  }

  @Override
  public SourceRecord next() throws IOException {
    String text;
    do {
      text = reader.readLine();
      line++;
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    return parse(line, text);
  }

  private static SourceRecord parse(long line, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return SourceRecord.malformed(line, text, "the line is not valid JSON");
    } catch (NumberFormatException e) {
      // Jackson does not wrap it: a decimal whose exponent is out of BigDecimal's range (the fuzzer's find).
      return SourceRecord.malformed(line, text, "the line holds a number out of range");
    }
    if (!(node instanceof ObjectNode object)) {
      return SourceRecord.malformed(line, text, "the line is a JSON " + node.getNodeType().name().toLowerCase(
          java.util.Locale.ROOT) + ", not an object");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      JsonNode value = entry.getValue();
      if (value.isContainerNode()) {
        return SourceRecord.malformed(line, text, "field " + Shown.capped(entry.getKey(), Shown.MAX_QUOTED_CHARS)
            + " holds a JSON array or object, not a single value");
      }
      values.put(entry.getKey(), scalarText(value));
    }
    return SourceRecord.parsed(line, values, text);
  }

  private static String scalarText(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    String text = value.isBigDecimal() ? decimalText(value.decimalValue()) : value.asText();
    return text.isEmpty() ? null : text;
  }

  /**
   * The exact decimal text; scientific notation when the plain text would be absurdly long (1e999999999
   * would need a gigabyte), which no contract type accepts, so such a value is set aside, not expanded.
   */
  private static String decimalText(BigDecimal value) {
    long plainLength = Math.max((long) value.precision() - value.scale(), 0) + Math.max(value.scale(), 0);
    return plainLength > MAX_PLAIN_DIGITS ? value.toString() : value.toPlainString();
  }

  @Override
  public String render(Map<String, String> values) {
    ObjectNode object = JSON.createObjectNode();
    values.forEach(object::put);
    return object.toString();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
