package org.npcwh.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;

/** The README's recipe for analysts: {@code cd <warehouse> && duckdb warehouse.duckdb} sees every figure. */
class StockClientIT {
  @Test
  void aPlainClientStartedInsideTheWarehouseFolderReadsTheViews(@TempDir Path warehouse) throws Exception {
    WarehouseFixture.write(warehouse);
    new WarehousePublisher(new WarehouseLayout(warehouse)).publish();

    Process client = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StockClient.class.getName(),
        "SELECT count(*) || ' figures, ' || count(DISTINCT scope_name) || ' scopes' FROM metric_values_labelled")
        .directory(warehouse.toFile())
        .redirectErrorStream(true)
        .start();

    assertThat(client.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).as(output).contains("5 figures, 3 scopes");
    assertThat(client.exitValue()).isZero();
  }
}
