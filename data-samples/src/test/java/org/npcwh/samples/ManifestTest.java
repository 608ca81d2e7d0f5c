package org.npcwh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.traps.DeliveryTraps;

/** Every manifest of a small sample tells the truth about its files, except the one meant to lie. */
class ManifestTest {
  private static LandingReader landing;
  private static List<LandingReader.BatchInfo> all;

  @BeforeAll
  static void generate() throws IOException {
    landing = new LandingReader(Samples.generated(SampleGenerator.DEFAULT_SEED, 0.05));
    all = new ArrayList<>();
    for (SourceDataset d : SourceDataset.values()) {
      all.addAll(landing.batches(d));
    }
  }

  @Test
  void manifestsMatchRowCountsAndChecksums() throws IOException {
    for (LandingReader.BatchInfo b : all) {
      if (b.manifest() == null) {
        continue;
      }
      List<String> problems = landing.mismatches(b);
      if (b.batchId().equals(DeliveryTraps.BAD_CHECKSUM)) {
        assertThat(problems).singleElement().asString().startsWith("checksum of");
      } else {
        assertThat(problems).as(b.dir().toString()).isEmpty();
      }
    }
  }

  @Test
  void manifestsNameTheirBatchAndUseContractValues() {
    for (LandingReader.BatchInfo b : all) {
      JsonNode m = b.manifest();
      if (m == null) {
        continue;
      }
      assertThat(m.get("dataset").asText()).isEqualTo(b.dataset().datasetName());
      assertThat(m.get("batch_id").asText()).isEqualTo(b.batchId());
      assertThat(m.get("extracted_at").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
      assertThat(m.get("mode").asText()).isIn("full", "incremental");
      assertThat(m.get("format").asText()).isIn("csv", "jsonl");
      assertThat(m.get("encoding").asText()).isIn("UTF-8", "GB18030");
      assertThat(m.get("files")).isNotEmpty();
    }
  }

  @Test
  void everyDatasetHasABatchExtractedAfterTheCoveredTime() throws IOException {
    for (SourceDataset d : SourceDataset.values()) {
      assertThat(landing.usable(d)).as(d.datasetName())
          .anyMatch(b -> b.extractedAt().compareTo("2023-07-01 00:00:00") > 0);
    }
  }

  @Test
  void deliveriesComeInEveryFormatAndEncoding() throws IOException {
    Set<String> styles = new HashSet<>();
    for (LandingReader.BatchInfo b : all) {
      if (b.manifest() != null) {
        byte[] first = Files.readAllBytes(b.dir().resolve(b.manifest().get("files").get(0).get("name").asText()));
        boolean bom = first.length > 2 && first[0] == (byte) 0xEF && first[1] == (byte) 0xBB && first[2] == (byte) 0xBF;
        styles.add(b.manifest().get("format").asText() + "/" + b.manifest().get("encoding").asText() + (bom ? "+BOM" : ""));
      }
    }
    assertThat(styles).contains("csv/UTF-8", "csv/UTF-8+BOM", "csv/GB18030", "jsonl/UTF-8");
  }

  @Test
  void everyFileReadsWithTheContractHeader() throws IOException {
    long rows = 0;
    for (LandingReader.BatchInfo b : all) {
      if (b.manifest() != null) {
        long[] n = {0};
        landing.forEachRow(b, r -> {
          assertThat(b.dataset().fields().stream().map(f -> f.name()).toList()).containsAll(r.keySet());
          n[0]++;
        });
        rows += n[0];
      }
    }
    assertThat(rows).isPositive();
  }

  @Test
  void fieldsHoldCommasQuotesAndLineBreaks() throws IOException {
    Set<String> seen = new HashSet<>();
    for (LandingReader.BatchInfo b : landing.usable(SourceDataset.MESSAGES)) {
      landing.forEachRow(b, r -> {
        String content = r.get("content");
        if (content.contains(",")) {
          seen.add("comma");
        }
        if (content.contains("\"")) {
          seen.add("quote");
        }
        if (content.contains("\n")) {
          seen.add("newline");
        }
      });
    }
    assertThat(seen).containsExactlyInAnyOrder("comma", "quote", "newline");
  }
}
