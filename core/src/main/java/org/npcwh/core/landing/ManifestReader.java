package org.npcwh.core.landing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.landing.Manifest.Format;
import org.npcwh.core.landing.Manifest.ManifestFile;

/**
 * Reads a delivered {@code _manifest.json} and checks every field against the contract, because a
 * manifest comes from outside and any doubt about it must reject the batch with a message that says
 * which field is wrong. Delivered text quoted in a message goes through the caller's {@code shown}
 * (ingest masks numbers and cuts long values there), so a manifest cannot smuggle data into a log.
 */
public final class ManifestReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030");
  /** A manifest lists files: a few KiB. A bigger one is refused rather than read into memory. */
  private static final int MAX_BYTES = 4 << 20;

  private final UnaryOperator<String> shown;

  private ManifestReader(UnaryOperator<String> shown) {
    this.shown = shown;
  }

  /**
   * @param folderDataset the dataset folder the batch sits in
   * @param folderBatchId the batch folder's name
   * @param shown how a delivered value may appear in a message (masked, cut)
   */
  public static Manifest read(Path manifestFile, String folderDataset, String folderBatchId,
      UnaryOperator<String> shown) throws ManifestException {
    return new ManifestReader(shown).read(manifestFile, folderDataset, folderBatchId);
  }

  private Manifest read(Path manifestFile, String folderDataset, String folderBatchId) throws ManifestException {
    JsonNode root = readJson(manifestFile);
    String dataset = text(root, "dataset");
    if (!dataset.equals(folderDataset)) {
      throw new ManifestException("names dataset " + quoted(dataset) + " but sits in the folder of " + folderDataset);
    }
    String batchId = text(root, "batch_id");
    if (!batchId.equals(folderBatchId)) {
      throw new ManifestException("names batch_id " + quoted(batchId) + " but sits in the folder " + folderBatchId);
    }
    return new Manifest(dataset, batchId, timestamp(text(root, "extracted_at")), mode(text(root, "mode")),
        format(text(root, "format")), encoding(text(root, "encoding")), files(root.get("files")));
  }

  private JsonNode readJson(Path manifestFile) throws ManifestException {
    if (Files.isSymbolicLink(manifestFile) || !Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
      throw new ManifestException("is a symbolic link or not a regular file; it must be a regular file inside the"
          + " batch folder, so it was not read");
    }
    try {
      if (Files.size(manifestFile) > MAX_BYTES) {
        throw new ManifestException("is larger than " + MAX_BYTES / (1 << 20)
            + " MiB, far more than a list of files needs");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      JsonNode root = JSON.readTree(text);
      if (root == null || !root.isObject()) {
        throw new ManifestException("is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ManifestException("is not valid JSON (" + shown.apply(e.getOriginalMessage()) + ")");
    } catch (IOException e) {
      throw new ManifestException("cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String text(JsonNode node, String name) throws ManifestException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new ManifestException("lacks the field " + name);
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new ManifestException("has a field " + name + " that is not a non-empty string");
    }
    return value.asText();
  }

  private LocalDateTime timestamp(String text) throws ManifestException {
    try {
      return LocalDateTime.parse(text, Manifest.TIMESTAMP);
    } catch (DateTimeParseException e) {
      throw new ManifestException("has extracted_at " + quoted(text)
          + ", which is not a timestamp YYYY-MM-DD HH:MM:SS");
    }
  }

  private DeliveryMode mode(String text) throws ManifestException {
    for (DeliveryMode mode : DeliveryMode.values()) {
      if (mode.code().equals(text)) {
        return mode;
      }
    }
    throw new ManifestException("has mode " + quoted(text) + "; allowed: full, incremental");
  }

  private Format format(String text) throws ManifestException {
    for (Format format : Format.values()) {
      if (format.code().equals(text)) {
        return format;
      }
    }
    throw new ManifestException("has format " + quoted(text) + "; allowed: csv, jsonl");
  }

  private String encoding(String text) throws ManifestException {
    String normalised = text.toUpperCase(Locale.ROOT);
    if (!ENCODINGS.contains(normalised)) {
      throw new ManifestException("has encoding " + quoted(text) + "; allowed: UTF-8, GB18030");
    }
    return normalised;
  }

  private List<ManifestFile> files(JsonNode files) throws ManifestException {
    if (files == null || !files.isArray() || files.isEmpty()) {
      throw new ManifestException("lacks a non-empty list of files");
    }
    List<ManifestFile> result = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode file : files) {
      if (!file.isObject()) {
        throw new ManifestException("lists a file that is not an object");
      }
      String name = text(file, "name");
      if (!isPlainFileName(name) || !names.add(name)) {
        throw new ManifestException("lists the file name " + quoted(name)
            + ", which is repeated, reserved or not a plain file name");
      }
      JsonNode rows = file.get("rows");
      if (rows == null || !rows.canConvertToExactIntegral() || !rows.canConvertToLong() || rows.asLong() < 0) {
        throw new ManifestException("gives file " + name + " a rows value that is not a whole number of 0 or more");
      }
      String sha256 = text(file, "sha256").toLowerCase(Locale.ROOT);
      if (!SHA256.matcher(sha256).matches()) {
        throw new ManifestException("gives file " + name + " a sha256 that is not 64 hexadecimal digits");
      }
      result.add(new ManifestFile(name, rows.asLong(), sha256));
    }
    return result;
  }

  private String quoted(String value) {
    return "\"" + shown.apply(value) + "\"";
  }

  private static boolean isPlainFileName(String name) {
    return !name.equals(Manifest.FILE_NAME) && !name.equals(".") && !name.equals("..")
        && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
  }
}
