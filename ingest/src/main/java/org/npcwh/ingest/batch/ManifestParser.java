package org.npcwh.ingest.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.ingest.batch.Manifest.Format;
import org.npcwh.ingest.batch.Manifest.ManifestFile;
import org.npcwh.ingest.pii.Shown;

/** Reads a {@code _manifest.json} and checks every field; any problem rejects the batch. */
public final class ManifestParser {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030");
  /** A manifest lists files: a few KiB. A bigger one is refused rather than read into memory. */
  private static final int MAX_BYTES = 4 << 20;

  private ManifestParser() {}

  /**
   * @param folderDataset the dataset folder the batch sits in
   * @param folderBatchId the batch folder's name
   */
  public static Manifest parse(Path manifestFile, String folderDataset, String folderBatchId)
      throws BatchRejectedException {
    JsonNode root = readJson(manifestFile);
    String dataset = text(root, "dataset");
    if (!dataset.equals(folderDataset)) {
      throw reject("names dataset " + Shown.quoted(dataset) + " but sits in the folder of " + folderDataset);
    }
    String batchId = text(root, "batch_id");
    if (!batchId.equals(folderBatchId)) {
      throw reject("names batch_id " + Shown.quoted(batchId) + " but sits in the folder " + folderBatchId);
    }
    return new Manifest(dataset, batchId, timestamp(text(root, "extracted_at")), mode(text(root, "mode")),
        format(text(root, "format")), encoding(text(root, "encoding")), files(root.get("files")));
  }

  private static JsonNode readJson(Path manifestFile) throws BatchRejectedException {
    if (Files.isSymbolicLink(manifestFile) || !Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
      throw reject("is a symbolic link or not a regular file; it must be a regular file inside the batch folder,"
          + " so it was not read");
    }
    try {
      if (Files.size(manifestFile) > MAX_BYTES) {
        throw reject("is larger than " + MAX_BYTES / (1 << 20) + " MiB, far more than a list of files needs");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      JsonNode root = JSON.readTree(text);
      if (root == null || !root.isObject()) {
        throw reject("is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw reject("is not valid JSON (" + Shown.capped(e.getOriginalMessage(), Shown.MAX_QUOTED_CHARS) + ")");
    } catch (IOException e) {
      throw reject("cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String text(JsonNode node, String name) throws BatchRejectedException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw reject("lacks the field " + name);
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw reject("has a field " + name + " that is not a non-empty string");
    }
    return value.asText();
  }

  private static LocalDateTime timestamp(String text) throws BatchRejectedException {
    try {
      return LocalDateTime.parse(text, TIMESTAMP);
    } catch (DateTimeParseException e) {
      throw reject("has extracted_at " + Shown.quoted(text) + ", which is not a timestamp YYYY-MM-DD HH:MM:SS");
    }
  }

  private static DeliveryMode mode(String text) throws BatchRejectedException {
    for (DeliveryMode mode : DeliveryMode.values()) {
      if (mode.code().equals(text)) {
        return mode;
      }
    }
    throw reject("has mode " + Shown.quoted(text) + "; allowed: full, incremental");
  }

  private static Format format(String text) throws BatchRejectedException {
    for (Format format : Format.values()) {
      if (format.code().equals(text)) {
        return format;
      }
    }
    throw reject("has format " + Shown.quoted(text) + "; allowed: csv, jsonl");
  }

  private static String encoding(String text) throws BatchRejectedException {
    String normalised = text.toUpperCase(Locale.ROOT);
    if (!ENCODINGS.contains(normalised)) {
      throw reject("has encoding " + Shown.quoted(text) + "; allowed: UTF-8, GB18030");
    }
    return normalised;
  }

  private static List<ManifestFile> files(JsonNode files) throws BatchRejectedException {
    if (files == null || !files.isArray() || files.isEmpty()) {
      throw reject("lacks a non-empty list of files");
    }
    List<ManifestFile> result = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode file : files) {
      if (!file.isObject()) {
        throw reject("lists a file that is not an object");
      }
      String name = text(file, "name");
      if (!isPlainFileName(name) || !names.add(name)) {
        throw reject("lists the file name " + Shown.quoted(name) + ", which is repeated, reserved or not a plain file name");
      }
      JsonNode rows = file.get("rows");
      if (rows == null || !rows.canConvertToExactIntegral() || !rows.canConvertToLong() || rows.asLong() < 0) {
        throw reject("gives file " + name + " a rows value that is not a whole number of 0 or more");
      }
      String sha256 = text(file, "sha256").toLowerCase(Locale.ROOT);
      if (!SHA256.matcher(sha256).matches()) {
        throw reject("gives file " + name + " a sha256 that is not 64 hexadecimal digits");
      }
      result.add(new ManifestFile(name, rows.asLong(), sha256));
    }
    return result;
  }

  private static boolean isPlainFileName(String name) {
    return !name.equals(Manifest.FILE_NAME) && !name.equals(".") && !name.equals("..")
        && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
  }

  private static BatchRejectedException reject(String problem) {
    return new BatchRejectedException("the manifest " + problem);
  }
}
