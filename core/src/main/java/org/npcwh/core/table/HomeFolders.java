package org.npcwh.core.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The names of the homes {@code tables/<name>/}, found where core's classes are: a folder (builds and
 * tests) or a jar (the application, also under {@code spark-submit}). Listing them, rather than
 * keeping an index, means a new table is its folder and nothing else.
 */
final class HomeFolders {
  private HomeFolders() {}

  static List<String> list(String resourceRoot) {
    Path location = codeLocation();
    if (Files.isDirectory(location)) {
      return names(location.resolve(resourceRoot.substring(1)));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
      return names(jar.getPath(resourceRoot));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the table homes in " + location, e);
    }
  }

  /** The sub-folders of {@code root}, sorted by name. */
  static List<String> names(Path root) {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString().replace("/", ""))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the table homes in " + root, e);
    }
  }

  private static Path codeLocation() {
    try {
      return Path.of(HomeFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("core's classes are at an unreadable location", e);
    }
  }
}
