package org.npcwh.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.npcwh.ingest.batch.FileChecks;

/** Builds batch folders in a temporary landing zone; manifests carry sha256s computed here. */
final class TestLanding {
  static final byte[] KEY = "test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path root;

  TestLanding(Path root) {
    this.root = root;
  }

  Batch batch(String dataset, String batchId) {
    return new Batch(root.resolve(dataset).resolve(batchId), dataset, batchId);
  }

  /** Bytes of a fixture under {@code src/test/resources/<TestClass>/}. */
  static byte[] resource(Class<?> testClass, String name) {
    String path = "/" + testClass.getSimpleName() + "/" + name;
    try (InputStream in = testClass.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final class Batch {
    final Path folder;
    private final String dataset;
    private final String batchId;
    private String extractedAt = "2024-03-31 23:00:00";
    private String mode = "incremental";
    private String format = "csv";
    private String encoding = "UTF-8";
    private final Map<String, Long> rows = new LinkedHashMap<>();

    Batch(Path folder, String dataset, String batchId) {
      this.folder = folder;
      this.dataset = dataset;
      this.batchId = batchId;
    }

    Batch extractedAt(String value) {
      extractedAt = value;
      return this;
    }

    Batch mode(String value) {
      mode = value;
      return this;
    }

    Batch format(String value) {
      format = value;
      return this;
    }

    Batch encoding(String value) {
      encoding = value;
      return this;
    }

    Batch file(String name, byte[] content, long recordCount) {
      try {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows.put(name, recordCount);
      return this;
    }

    Batch file(String name, String utf8Text, long recordCount) {
      return file(name, utf8Text.getBytes(StandardCharsets.UTF_8), recordCount);
    }

    /** The manifest as the upstream system would write it, for the files added so far. */
    ObjectNode manifest() {
      ObjectNode manifest = JSON.createObjectNode()
          .put("dataset", dataset).put("batch_id", batchId).put("extracted_at", extractedAt)
          .put("mode", mode).put("format", format).put("encoding", encoding);
      ArrayNode files = manifest.putArray("files");
      rows.forEach((name, count) -> {
        try {
          files.addObject().put("name", name).put("rows", count).put("sha256", FileChecks.sha256(folder.resolve(name)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return manifest;
    }

    Batch writeManifest() {
      return writeManifest(manifest().toString());
    }

    Batch writeManifest(String text) {
      try {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("_manifest.json"), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }
  }
}
