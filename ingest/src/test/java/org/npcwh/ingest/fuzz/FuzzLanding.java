package org.npcwh.ingest.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.ingest.batch.FileChecks;
import org.npcwh.ingest.source.CsvRecordReader;
import org.npcwh.ingest.source.JsonLinesRecordReader;
import org.npcwh.ingest.source.RecordReader;

/**
 * Writes mutated batches into a landing zone. Most manifests are recomputed after the damage (checksums
 * and record counts as the upstream system would have written them for the damaged files), so that the
 * batch gets past the manifest checks and its rows reach validation; about one in eight is left wrong on
 * purpose (count, checksum, encoding, a missing or unlisted file, a broken manifest) to exercise rejection.
 */
public final class FuzzLanding {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Mutations[] MUTATIONS = Mutations.values();

  /** An unmutated file of a dataset to start from. */
  public record Seed(SourceDataset dataset, String fileName, byte[] bytes) {
    boolean json() {
      return fileName.endsWith(".jsonl");
    }
  }

  /** A batch written to the landing zone, with what was done to it. */
  public record Planned(String dataset, String batchId, String description, Path folder) {}

  private final List<Seed> seeds;
  private final Random random;

  public FuzzLanding(List<Seed> seeds, Random random) {
    this.seeds = List.copyOf(seeds);
    this.random = random;
  }

  /** Writes every seed unmutated as batch {@code base}, so that references of later batches can resolve. */
  public static void writeBase(Path landing, List<Seed> seeds) throws IOException {
    for (Seed seed : seeds) {
      FuzzFile file = new FuzzFile(seed.fileName(), seed.json(), seed.bytes());
      writeBatch(landing.resolve(seed.dataset().datasetName()).resolve("base"), seed, "2024-01-01 00:00:00",
          List.of(file), manifest -> { });
    }
  }

  public Planned write(Path landing, String batchId) throws IOException {
    Seed seed = seeds.get(random.nextInt(seeds.size()));
    List<FuzzFile> files = new ArrayList<>();
    List<String> done = new ArrayList<>();
    int fileCount = random.nextInt(4) == 0 ? 2 : 1;
    for (int f = 0; f < fileCount; f++) {
      FuzzFile file = new FuzzFile("part-" + f + (seed.json() ? ".jsonl" : ".csv"), seed.json(), seed.bytes().clone());
      int mutations = 1 + random.nextInt(2);
      for (int m = 0; m < mutations; m++) {
        done.add(file.name + ":" + MUTATIONS[random.nextInt(MUTATIONS.length)].apply(file, random));
      }
      files.add(file);
    }
    Path folder = landing.resolve(seed.dataset().datasetName()).resolve(batchId);
    String extractedAt = "2024-%02d-%02d 12:00:00".formatted(2 + random.nextInt(10), 1 + random.nextInt(28));
    boolean spoil = random.nextInt(8) == 0;
    String spoilt = spoil ? spoil(folder, files) : "";
    writeBatch(folder, seed, extractedAt, files, manifest -> {
      if (spoil && spoilt.startsWith("rows")) {
        ObjectNode first = (ObjectNode) manifest.get("files").get(0);
        first.put("rows", first.get("rows").asLong() + 1);
      } else if (spoil && spoilt.startsWith("sha256")) {
        ((ObjectNode) manifest.get("files").get(0)).put("sha256", "0".repeat(64));
      }
    });
    if (spoilt.startsWith("manifest")) {
      byte[] manifest = Files.readAllBytes(folder.resolve("_manifest.json"));
      Files.write(folder.resolve("_manifest.json"), Arrays.copyOf(manifest, random.nextInt(manifest.length)));
    } else if (spoilt.startsWith("file changed")) {
      Files.write(folder.resolve(files.get(0).name), "\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    }
    String description = seed.dataset().datasetName() + "/" + batchId + " from " + seed.fileName() + ": " + done
        + (spoil ? " + manifest spoilt: " + spoilt : "");
    return new Planned(seed.dataset().datasetName(), batchId, description, folder);
  }

  /** Damage the manifest will not describe; returns what (the manifest itself is spoilt by the caller). */
  private String spoil(Path folder, List<FuzzFile> files) throws IOException {
    return switch (random.nextInt(6)) {
      case 0 -> "rows + 1";
      case 1 -> "sha256 zeros";
      case 2 -> {
        files.get(0).encoding = files.get(0).encoding.equals("UTF-8") ? "GB18030" : "UTF-8";
        yield "encoding flipped";
      }
      case 3 -> {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("unlisted.csv"), "x\n");
        yield "unlisted file";
      }
      case 4 -> "manifest truncated";
      default -> "file changed after the manifest";
    };
  }

  private static void writeBatch(Path folder, Seed seed, String extractedAt, List<FuzzFile> files,
      java.util.function.Consumer<ObjectNode> spoiler) throws IOException {
    Files.createDirectories(folder);
    // One encoding per batch, as the manifest can declare only one: the first file's.
    String encoding = files.get(0).encoding;
    ObjectNode manifest = JSON.createObjectNode().put("dataset", seed.dataset().datasetName())
        .put("batch_id", folder.getFileName().toString()).put("extracted_at", extractedAt)
        .put("mode", seed.dataset().usualMode().code()).put("format", seed.json() ? "jsonl" : "csv")
        .put("encoding", encoding);
    ArrayNode listed = manifest.putArray("files");
    for (FuzzFile file : files) {
      Path path = folder.resolve(file.name);
      Files.write(path, file.bytes);
      listed.addObject().put("name", file.name).put("rows", records(path, file.json, Charset.forName(encoding)))
          .put("sha256", FileChecks.sha256(path));
    }
    spoiler.accept(manifest);
    Files.writeString(folder.resolve("_manifest.json"), manifest.toString());
  }

  /**
   * The record count an honest upstream system would have written, taken with the real readers; a file
   * they cannot decode gets its line count (the batch is rejected for its encoding anyway).
   */
  private static long records(Path path, boolean json, Charset charset) {
    try (RecordReader reader = json ? JsonLinesRecordReader.open(path, charset) : CsvRecordReader.open(path, charset)) {
      long count = 0;
      while (reader.next() != null) {
        count++;
      }
      return count;
    } catch (Exception e) {
      try {
        return Files.readAllLines(path, StandardCharsets.ISO_8859_1).size();
      } catch (IOException io) {
        throw new java.io.UncheckedIOException(io);
      }
    }
  }
}
