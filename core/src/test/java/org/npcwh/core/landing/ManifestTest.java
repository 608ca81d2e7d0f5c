package org.npcwh.core.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.npcwh.core.contract.DeliveryMode;

/** The manifest written by pull and the sample reads back as the same record; a bad one says why. */
class ManifestTest {
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "0123456789abcdef".repeat(4);
  private static final Manifest MESSAGES = new Manifest("messages", "2022-06-01T0200",
      LocalDateTime.of(2022, 6, 1, 2, 0), DeliveryMode.INCREMENTAL, Manifest.Format.CSV, "GB18030",
      List.of(new Manifest.ManifestFile("messages.csv", 1165, SHA_A), new Manifest.ManifestFile("b.csv", 0, SHA_B)));

  @TempDir
  Path batch;

  @Test
  void writesTheContractKeysInOrderAsPrettyJson() {
    assertThat(new String(MESSAGES.json(), StandardCharsets.UTF_8)).isEqualTo("""
        {
          "dataset" : "messages",
          "batch_id" : "2022-06-01T0200",
          "extracted_at" : "2022-06-01 02:00:00",
          "mode" : "incremental",
          "format" : "csv",
          "encoding" : "GB18030",
          "files" : [ {
            "name" : "messages.csv",
            "rows" : 1165,
            "sha256" : "%s"
          }, {
            "name" : "b.csv",
            "rows" : 0,
            "sha256" : "%s"
          } ]
        }
        """.formatted(SHA_A, SHA_B));
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameRecord() throws Exception {
    Files.write(batch.resolve(Manifest.FILE_NAME), MESSAGES.json());

    Manifest read = ManifestReader.read(batch.resolve(Manifest.FILE_NAME), "messages", "2022-06-01T0200", t -> t);

    assertThat(read).isEqualTo(MESSAGES);
    assertThat(read.totalRows()).isEqualTo(1165);
    assertThat(read.charset().name()).isEqualTo("GB18030");
  }

  @Test
  void contentHashIgnoresFileNamesAndOrder() {
    Manifest renamed = new Manifest("messages", "other", LocalDateTime.of(2023, 1, 1, 0, 0), DeliveryMode.FULL,
        Manifest.Format.JSONL, "UTF-8",
        List.of(new Manifest.ManifestFile("x", 0, SHA_B), new Manifest.ManifestFile("y", 1, SHA_A)));

    assertThat(renamed.contentSha256()).isEqualTo(MESSAGES.contentSha256())
        .isEqualTo(Sha256.hex(SHA_B + "\n" + SHA_A));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      "dataset": "messages"       | "dataset": "letters"           | the manifest names dataset "letters" but sits in the folder of messages
      "batch_id": "2022-06-01T0200" | "batch_id": 7                | the manifest has a field batch_id that is not a non-empty string
      "extracted_at": "2022-06-01 02:00:00" | "extracted_at": "2022-02-30 02:00:00" | the manifest has extracted_at "2022-02-30 02:00:00", which is not a timestamp YYYY-MM-DD HH:MM:SS
      "mode": "incremental"       | "mode": "delta"                | the manifest has mode "delta"; allowed: full, incremental
      "format": "csv"             | "format": "xlsx"               | the manifest has format "xlsx"; allowed: csv, jsonl
      "encoding": "GB18030"       | "encoding": "latin1"           | the manifest has encoding "latin1"; allowed: UTF-8, GB18030
      "rows": 0                   | "rows": 1.5                    | the manifest gives file b.csv a rows value that is not a whole number of 0 or more
      "name": "b.csv"             | "name": "../b.csv"             | the manifest lists the file name "../b.csv", which is repeated, reserved or not a plain file name
      "name": "b.csv"             | "name": "messages.csv"         | the manifest lists the file name "messages.csv", which is repeated, reserved or not a plain file name
      "sha256": "0123             | "sha256": "x123                | the manifest gives file b.csv a sha256 that is not 64 hexadecimal digits
      "encoding": "GB18030",      | "encoding": "GB18030", "encoding": "UTF-8", | the manifest is not valid JSON (Duplicate field 'encoding')
      """)
  void aDamagedManifestIsRefusedWithItsReason(String field, String damaged, String message) throws IOException {
    String text = new String(MESSAGES.json(), StandardCharsets.UTF_8).replace(" : ", ": ");
    assertThat(text).contains(field);
    Files.writeString(batch.resolve(Manifest.FILE_NAME), text.replace(field, damaged));

    assertThatThrownBy(() -> ManifestReader.read(batch.resolve(Manifest.FILE_NAME), "messages", "2022-06-01T0200",
        t -> t)).isInstanceOf(ManifestException.class).hasMessage(message);
  }

  @Test
  void deliveredValuesInAMessageGoThroughTheCallersFilter() throws IOException {
    Files.writeString(batch.resolve(Manifest.FILE_NAME), "{\"dataset\": \"13800138000\"}");

    assertThatThrownBy(() -> ManifestReader.read(batch.resolve(Manifest.FILE_NAME), "messages", "b1",
        t -> t.replaceAll("\\d", "*"))).hasMessage(
        "the manifest names dataset \"***********\" but sits in the folder of messages");
  }

  @Test
  void aMissingFieldAndANonObjectAreNamed() throws IOException {
    Path file = batch.resolve(Manifest.FILE_NAME);
    Files.writeString(file, "[]");
    assertThatThrownBy(() -> ManifestReader.read(file, "messages", "b1", t -> t))
        .hasMessage("the manifest is not a JSON object");

    Files.writeString(file, "{\"dataset\": \"messages\"}");
    assertThatThrownBy(() -> ManifestReader.read(file, "messages", "b1", t -> t))
        .hasMessage("the manifest lacks the field batch_id");
  }
}
