package org.npcwh.reports.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npcwh.core.period.Period;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.fill.PeriodText;

/**
 * {@code index.html} of a reports folder: one row per rendered report (period, grain, scope) with a
 * link to each of its formats, so that a reader of the published reports finds the one they need
 * without knowing the file names. It lists what the folder holds, so it is rewritten (whole, by one
 * rename) after every rendering and every removal of reports.
 */
public final class ReportIndex {
  public static final String FILE_NAME = "index.html";
  private static final List<String> SCOPE_ORDER = List.of("city", "district", "department", "deputy");
  private static final Map<String, String> SCOPE_LABELS = Map.of(
      "city", "全市 City", "district", "区 District", "department", "部门 Department", "deputy", "代表 Deputy");

  private ReportIndex() {}

  /** Writes the folder's index.html, replacing the one before; returns its path. */
  public static Path write(Path folder) throws IOException {
    Map<Key, Map<ReportFormat, String>> reports = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.map(f -> f.getFileName().toString()).forEach(name -> OutputNames.parse(name).ifPresent(p ->
          reports.computeIfAbsent(new Key(p.period(), p.scopeKind(), p.code()), k -> new TreeMap<>())
              .put(p.format(), name)));
    }
    String rows = reports.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).collect(Collectors.joining());
    Path target = folder.resolve(FILE_NAME);
    Path partial = folder.resolve("." + FILE_NAME + ".partial");
    Files.writeString(partial, template().replace("${rows}", rows), StandardCharsets.UTF_8);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  private static String row(Key key, Map<ReportFormat, String> files) {
    String links = files.entrySet().stream()
        .map(f -> "<a href=\"" + escape(f.getValue()) + "\">" + f.getKey().name() + "</a>")
        .collect(Collectors.joining(" "));
    String scope = SCOPE_LABELS.get(key.scopeKind()) + (key.scopeKind().equals("city") ? "" : " " + escape(key.code()));
    return "<tr><td>" + PeriodText.zh(key.period()) + " " + key.period().label() + "</td><td>" + grain(key.period())
        + "</td><td>" + scope + "</td><td class=\"files\">" + links + "</td></tr>\n";
  }

  private static String grain(Period period) {
    return switch (period.grain()) {
      case MONTH -> "月度 Monthly";
      case QUARTER -> "季度 Quarterly";
      case YEAR -> "年度 Annual";
    };
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String template() {
    try (InputStream in = ReportIndex.class.getResourceAsStream("report-index.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Newest period first (a year before its last quarter before its last month), then city, districts, departments, deputies. */
  private record Key(Period period, String scopeKind, String code) implements Comparable<Key> {
    private static final Comparator<Key> ORDER = Comparator
        .comparing((Key k) -> k.period().end()).reversed()
        .thenComparing(k -> k.period().grain().ordinal(), Comparator.reverseOrder())
        .thenComparing(k -> SCOPE_ORDER.indexOf(k.scopeKind()))
        .thenComparing(Key::code);

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }
}
