package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * Times a single report and a ten-district burst once the templates are loaded, and keeps the
 * numbers in {@code target/report-timing.txt}. The limits asserted are loose (a slow CI machine
 * must pass); the aims are under 2 s per report and 10 s per burst.
 */
class ReportTimingIT {
  /** Eight more districts, each a copy of 福田区's figures under its own code and name. */
  private static final String MORE_DISTRICTS = """
      CREATE TABLE extra AS SELECT * FROM (VALUES
        ('440305', '南山区'), ('440306', '宝安区'), ('440307', '龙岗区'), ('440308', '盐田区'),
        ('440309', '龙华区'), ('440310', '坪山区'), ('440311', '光明区'), ('440312', '大鹏新区')) t(code, name);
      INSERT INTO dim_region SELECT code, name, 'DISTRICT', NULL, code, name FROM extra;
      INSERT INTO metric_values SELECT v.period, v.grain, v.metric_id, v.scope_type, e.code, v.value,
        v.numerator, v.denominator FROM metric_values v, extra e WHERE v.scope_code = '440304';
      DROP TABLE extra;
      """;

  @TempDir
  Path root;

  @Test
  void tenDistrictBurst() throws Exception {
    WarehouseLayout layout = TestWarehouse.create(root.resolve("wh"));
    TestWarehouse.run(layout, MORE_DISTRICTS);
    ReportRenderer renderer = new ReportRenderer(layout);
    Period june = Period.parse("2023-06");
    EnumSet<ReportFormat> all = EnumSet.allOf(ReportFormat.class);
    renderer.render(new ReportRequest(june, all, Burst.NONE, root.resolve("warm-up")));

    long start = System.nanoTime();
    renderer.render(new ReportRequest(june, all, Burst.NONE, root.resolve("single")));
    long single = System.nanoTime();
    List<Path> burst = renderer.render(new ReportRequest(june, all, Burst.DISTRICT, root.resolve("burst")));
    long end = System.nanoTime();

    double singleSeconds = (single - start) / 1e9;
    double burstSeconds = (end - single) / 1e9;
    String numbers = String.format("one city report, PDF+XLSX+HTML: %.2f s%n"
        + "city and ten-district burst, PDF+XLSX+HTML: %.2f s"
        + " (%d files)%n", singleSeconds, burstSeconds, burst.size());
    Files.writeString(Path.of("target", "report-timing.txt"), numbers);

    assertThat(burst).hasSize(33);
    assertThat(ReportOutputs.pdfLines(burst.get(30))).contains("大鹏新区").doesNotContain("福田区");
    assertThat(singleSeconds).isLessThan(10);
    assertThat(burstSeconds).isLessThan(60);
  }
}
