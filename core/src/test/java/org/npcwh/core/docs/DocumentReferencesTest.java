package org.npcwh.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A comment that sends the reader to a document outside the repository (a brief, a shared contract
 * folder) is a dead end for everyone else; so every Markdown path named in a source, script or
 * resource file must exist, from the repository root or from the naming file's folder. Paths built at
 * run time ({@code checks/<run_id>.md}, {@code "$root/bench/..."}) are not references and are skipped:
 * the name must stand on its own.
 */
class DocumentReferencesTest {
  /** A name ending in .md that does not continue a longer path, placeholder or variable. */
  static final Pattern REFERENCE = Pattern.compile("(?<![\\w./$<>{}\\\\-])((?:[\\w-]+/)*[\\w-]+\\.md)\\b");

  /** Data and binaries: no comments to read. Markdown files are the documents themselves. */
  private static final Set<String> SKIPPED_EXTENSIONS = Set.of("md", "csv", "jsonl", "parquet", "png", "ttf",
      "pdf", "jar", "class", "xlsx", "duckdb", "gz", "zip");
  /** Build output and generated data (.gitignore's folders), never read as sources. */
  private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "landing", "__pycache__", "node_modules");

  @Test
  void everyMarkdownPathNamedInTheSourcesExists() throws IOException {
    Path root = Repository.root();
    List<String> missing = new ArrayList<>();
    List<Path> files = sources(root);
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = REFERENCE.matcher(lines.get(i));
        while (m.find()) {
          String named = m.group(1);
          if (!Files.exists(root.resolve(named)) && !Files.exists(file.resolveSibling(named))) {
            missing.add(Repository.relative(root, file) + ":" + (i + 1) + " names " + named);
          }
        }
      }
    }
    assertThat(files).as("source files found under " + root).hasSizeGreaterThan(100);
    assertThat(missing).as("Markdown files named in comments or resources that are not in the repository;"
        + " point them to docs/contract/metrics.md, docs/contract/sources.md, docs/decisions.md or a class, or"
        + " say it in place")
        .isEmpty();
  }

  @Test
  void theReferencePatternTakesStandaloneNamesOnly() {
    assertThat(references("see docs/decisions.md, \"Sample\"; README.md: x ({@code dags/README.md})"))
        .containsExactly("docs/decisions.md", "README.md", "dags/README.md");
    assertThat(references("{@code <warehouse>/checks/<run_id>.md}; runId + \".md\"; \"$root/bench/results/fuzz.md\""))
        .isEmpty();
  }

  private static List<String> references(String line) {
    return REFERENCE.matcher(line).results().map(r -> r.group(1)).toList();
  }

  private static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile)
          .filter(f -> root.relativize(f).getNameCount() > 0 && !skipped(root.relativize(f)))
          .sorted().toList();
    }
  }

  private static boolean skipped(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String folder = relative.getName(i).toString();
      if (folder.startsWith(".") || SKIPPED_FOLDERS.contains(folder) || (i == 0 && folder.equals("work"))) {
        return true;
      }
    }
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return name.startsWith(".") || (dot > 0 && SKIPPED_EXTENSIONS.contains(name.substring(dot + 1)));
  }
}
