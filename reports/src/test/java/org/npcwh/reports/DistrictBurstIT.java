package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * A burst over all ten of Shenzhen's districts, in every format, from one renderer: each district
 * gets its three files and its PDF names that district alone. (How long it takes is measured by
 * {@code bench/bench.sh}, not here.)
 */
class DistrictBurstIT {
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
  private static final Map<String, String> DISTRICTS = Map.of("440303", "罗湖区", "440304", "福田区",
      "440305", "南山区", "440306", "宝安区", "440307", "龙岗区", "440308", "盐田区", "440309", "龙华区",
      "440310", "坪山区", "440311", "光明区", "440312", "大鹏新区");

  @TempDir
  Path root;

  @Test
  void everyDistrictGetsItsOwnFilesInEveryFormat() throws Exception {
    WarehouseLayout layout = TestWarehouse.create(root.resolve("wh"));
    TestWarehouse.run(layout, MORE_DISTRICTS);

    List<Path> files = new ReportRenderer(layout).render(new ReportRequest(Period.parse("2023-06"),
        EnumSet.allOf(ReportFormat.class), Burst.DISTRICT, root.resolve("burst")));

    assertThat(files).hasSize(3 * (1 + DISTRICTS.size()));
    for (Map.Entry<String, String> district : DISTRICTS.entrySet()) {
      String prefix = "npc-monthly-2023-06-district-" + district.getKey() + ".";
      List<Path> own = files.stream().filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
      assertThat(own).as(district.getValue()).hasSize(3);
      Path pdf = own.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
      String text = String.join("\n", ReportOutputs.pdfLines(pdf));
      assertThat(text).as(pdf.getFileName().toString()).contains(district.getValue());
      DISTRICTS.values().stream().filter(name -> !name.equals(district.getValue()))
          .forEach(other -> assertThat(text).as(pdf.getFileName() + " names only its district").doesNotContain(other));
    }
  }
}
