package org.npcwh.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What most ingest tests start from: an empty landing zone and an empty warehouse in a temporary
 * folder of their own, and a real ingest run between them that records its progress lines.
 */
abstract class FreshFoldersTest {
  @TempDir
  Path temp;
  TestLanding landing;
  TestWarehouse warehouse;
  final List<String> progress = new ArrayList<>();

  @BeforeEach
  void createFolders() {
    landing = new TestLanding(temp.resolve("landing"));
    warehouse = new TestWarehouse(temp.resolve("wh"));
  }

  IngestReport ingest() {
    return new IngestJob(new IngestSettings(landing.root, warehouse.root, TestLanding.KEY), progress::add).run();
  }
}
