package org.npcwh.samples;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.npcwh.core.contract.SourceDataset;

/** The metric contract's view of the sources, in plain Java: newest snapshot, latest version per key. */
final class CurrentState {
  private final LandingReader landing;
  private final ContractCheck check;

  CurrentState(LandingReader landing) throws IOException {
    this.landing = landing;
    this.check = new ContractCheck(landing);
  }

  /** Good rows of the newest full snapshot. */
  List<Map<String, String>> reference(SourceDataset dataset) throws IOException {
    return landing.newestFull(dataset).stream().filter(r -> check.problem(dataset, r) == null).toList();
  }

  /** Good rows at their latest version (highest updated_at; on a tie the later extraction wins). */
  Map<String, Map<String, String>> latest(SourceDataset dataset) throws IOException {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    Map<String, String> versionOf = new LinkedHashMap<>();
    for (LandingReader.BatchInfo b : landing.usable(dataset)) {
      landing.forEachRow(b, r -> {
        if (check.problem(dataset, r) != null) {
          return;
        }
        String key = dataset.keyFields().stream().map(f -> r.get(f.name())).collect(Collectors.joining("|"));
        String version = r.get("updated_at") + "|" + b.extractedAt();
        String known = versionOf.get(key);
        if (known == null || version.compareTo(known) > 0) {
          versionOf.put(key, version);
          rows.put(key, r);
        }
      });
    }
    return rows;
  }

  /** How many rows of the usable batches break the contract. */
  long badRows(SourceDataset dataset) throws IOException {
    long[] n = {0};
    for (LandingReader.BatchInfo b : landing.usable(dataset)) {
      landing.forEachRow(b, r -> n[0] += check.problem(dataset, r) == null ? 0 : 1);
    }
    return n[0];
  }

  /** Every good row of the usable batches, every version. */
  void forEachGood(SourceDataset dataset, Consumer<Map<String, String>> action) throws IOException {
    for (LandingReader.BatchInfo b : landing.usable(dataset)) {
      landing.forEachRow(b, r -> {
        if (check.problem(dataset, r) == null) {
          action.accept(r);
        }
      });
    }
  }

  static boolean openAt(Map<String, String> platform, LocalDate day) {
    String closed = platform.get("closed_on");
    return !LocalDate.parse(platform.get("opened_on")).isAfter(day)
        && (closed == null || LocalDate.parse(closed).isAfter(day));
  }

  static boolean legislativeAt(Map<String, String> platform, LocalDate day) {
    String since = platform.get("legislative_since");
    return openAt(platform, day) && "true".equals(platform.get("is_legislative_point"))
        && since != null && !LocalDate.parse(since).isAfter(day);
  }
}
