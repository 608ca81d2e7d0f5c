package org.npcwh.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.fill.PeriodText;
import org.npcwh.reports.fill.ReportScope;

class OutputNamesTest {

  @Test
  void namesSayGrainPeriodAndScope() {
    assertThat(OutputNames.of(Period.parse("2023-06"), ReportScope.city(), ReportFormat.PDF))
        .isEqualTo("npc-monthly-2023-06.pdf");
    assertThat(OutputNames.of(Period.parse("2023-06"),
        new ReportScope(ScopeType.DISTRICT, "440304", "福田区"), ReportFormat.PDF))
        .isEqualTo("npc-monthly-2023-06-district-440304.pdf");
    assertThat(OutputNames.of(Period.parse("2023-Q2"),
        new ReportScope(ScopeType.DEPARTMENT, "SZ/EDU 01", "市教育局"), ReportFormat.XLSX))
        .isEqualTo("npc-quarterly-2023-Q2-department-SZ_EDU_01.xlsx");
    assertThat(OutputNames.of(Period.parse("2022"), ReportScope.city(), ReportFormat.HTML))
        .isEqualTo("npc-annual-2022.html");
  }

  @Test
  void aDeputysFileIsNamedByTheDeputyAndBelongsToItsPeriod() {
    String name = OutputNames.deputy(Period.parse("2023-06"), "P/0001", ReportFormat.PDF);
    assertThat(name).isEqualTo("npc-monthly-2023-06-deputy-P_0001.pdf");
    assertThat(OutputNames.isOf(name, Period.parse("2023-06"))).isTrue();
    assertThat(OutputNames.isOf(name, Period.parse("2023-05"))).isFalse();
  }

  @Test
  void periodsReadAsChineseReadersWriteThem() {
    assertThat(PeriodText.zh(Period.parse("2023-06"))).isEqualTo("2023年6月");
    assertThat(PeriodText.zh(Period.parse("2023-Q2"))).isEqualTo("2023年第二季度");
    assertThat(PeriodText.zh(Period.parse("2022"))).isEqualTo("2022年");
  }

  @Test
  void namesReadBackAsWritten() {
    Period june = Period.parse("2023-06");
    assertThat(OutputNames.parse(OutputNames.of(june, new ReportScope(ScopeType.DISTRICT, "440304", "福田区"),
        ReportFormat.XLSX))).contains(new OutputNames.Parsed(june, "district", "440304", ReportFormat.XLSX));
    assertThat(OutputNames.parse(OutputNames.deputy(Period.parse("2023-Q2"), "P-1", ReportFormat.PDF)))
        .contains(new OutputNames.Parsed(Period.parse("2023-Q2"), "deputy", "P-1", ReportFormat.PDF));
    assertThat(OutputNames.parse("npc-annual-2022.html"))
        .contains(new OutputNames.Parsed(Period.parse("2022"), "city", "CITY", ReportFormat.HTML));
    // a grain that does not match the period, an unknown scope or format, a half-written file
    assertThat(OutputNames.parse("npc-monthly-2023-Q2.pdf")).isEmpty();
    assertThat(OutputNames.parse("npc-monthly-2023-06-street-1.pdf")).isEmpty();
    assertThat(OutputNames.parse("npc-monthly-2023-06.docx")).isEmpty();
    assertThat(OutputNames.parse(".npc-monthly-2023-06.pdf.partial")).isEmpty();
  }
}
