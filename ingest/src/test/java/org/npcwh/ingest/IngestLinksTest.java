package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;

/** Data files and manifests must be regular files inside their batch folder; what they point to is never read. */
class IngestLinksTest extends FreshFoldersTest {
  /** Stands for /etc/passwd: a file outside the landing zone whose text must never reach any output. */
  private static final String SECRET = "region_code,name,level,parent_code\nroot:x:0:0:root:/root:/bin/bash,,,\n";

  Path secret;

  @BeforeEach
  void setUp() throws Exception {
    secret = Files.writeString(temp.resolve("passwd"), SECRET);
  }

  private BatchOutcome ingestOnly() {
    IngestReport report = ingest();
    assertThat(report.outcomes()).hasSize(1);
    return report.outcomes().get(0);
  }

  /**
   * Writes a batch whose manifest is right for the secret's bytes, then replaces its file by a link to the
   * target, so only the link itself can reject it.
   */
  private void linkedBatch(Path target) throws Exception {
    TestLanding.Batch batch = landing.batch("regions", "b1").mode("full").file("regions.csv", SECRET, 1)
        .writeManifest();
    Files.delete(batch.folder.resolve("regions.csv"));
    Files.createSymbolicLink(batch.folder.resolve("regions.csv"), target);
  }

  private void assertNothingOfTheSecretShows(BatchOutcome outcome) {
    assertThat(outcome.status()).isEqualTo(BatchStatus.REJECTED);
    String everything = outcome.message() + progress + warehouse.rejection("regions", "b1");
    assertThat(everything).doesNotContain("root:x", "/bin/bash");
    assertThat(warehouse.layout.batch(SourceDataset.REGIONS, "b1")).doesNotExist();
  }

  @Test
  void aListedFileThatIsASymlinkOutsideTheBatchIsRejectedUnread() throws Exception {
    linkedBatch(secret);
    BatchOutcome outcome = ingestOnly();
    assertThat(outcome.message()).isEqualTo("file regions.csv is a symbolic link; data files must be regular files"
        + " inside their batch folder, so it was not read (deliver the file itself)");
    assertNothingOfTheSecretShows(outcome);
  }

  @Test
  void aSymlinkToAFileOfTheSameFolderIsRefusedToo() throws Exception {
    Path folder = Files.createDirectories(landing.root.resolve("regions/b1"));
    Path sibling = Files.writeString(folder.resolve("other.csv"), SECRET);
    linkedBatch(sibling);
    assertThat(ingestOnly().message()).startsWith("file regions.csv is a symbolic link");
  }

  @Test
  void aManifestThatIsASymlinkIsRefused() throws Exception {
    Path elsewhere = Files.writeString(temp.resolve("manifest.json"),
        landing.batch("regions", "b1").mode("full").file("regions.csv", SECRET, 1).manifest().toString());
    Files.createSymbolicLink(landing.root.resolve("regions/b1/_manifest.json"), elsewhere);
    BatchOutcome outcome = ingestOnly();
    assertThat(outcome.message()).isEqualTo("the manifest is a symbolic link or not a regular file; it must be a"
        + " regular file inside the batch folder, so it was not read");
    assertNothingOfTheSecretShows(outcome);
  }

  @Test
  void aNamedPipeIsNotRegularAndIsNeverOpened() throws Exception {
    Path folder = Files.createDirectories(landing.root.resolve("regions/b1"));
    Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("regions.csv").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    landing.batch("regions", "b1").writeManifest("{\"dataset\":\"regions\",\"batch_id\":\"b1\",\"extracted_at\":"
        + "\"2024-03-31 23:00:00\",\"mode\":\"full\",\"format\":\"csv\",\"encoding\":\"UTF-8\",\"files\":"
        + "[{\"name\":\"regions.csv\",\"rows\":0,\"sha256\":\"" + "0".repeat(64) + "\"}]}");
    assertThat(ingestOnly().message()).isEqualTo("file regions.csv is not a regular file (a folder, pipe or device);"
        + " data files must be regular files inside their batch folder");
  }

  @Test
  void anAbsolutePathInTheManifestIsRefusedUnread() throws Exception {
    String manifest = landing.batch("regions", "b1").mode("full").file("regions.csv", SECRET, 1).manifest()
        .toString().replace("\"name\":\"regions.csv\"", "\"name\":\"" + secret + "\"");
    landing.batch("regions", "b1").writeManifest(manifest);
    BatchOutcome outcome = ingestOnly();
    // The temporary folder's random digits may be masked as an id number in the message: compare around them.
    assertThat(outcome.message()).startsWith("the manifest lists the file name \"/")
        .contains(secret.getFileName() + "\", which is repeated, reserved or not a plain file name");
    assertNothingOfTheSecretShows(outcome);
  }
}
