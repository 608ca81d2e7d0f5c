package org.npcwh.warehouse;

import java.util.Arrays;
import java.util.List;

/** The lines of a tab-separated resource, without blank lines and {@code #} comments. */
final class TsvResource {
  private TsvResource() {}

  static List<String[]> rows(String name, int columns) {
    return SqlText.resource(name).lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> split(name, line, columns))
        .toList();
  }

  private static String[] split(String name, String line, int columns) {
    String[] cells = line.split("\t", -1);
    if (cells.length != columns || Arrays.stream(cells).anyMatch(String::isBlank)) {
      throw new IllegalStateException(name + ": expected " + columns + " tab-separated values in: " + line);
    }
    return cells;
  }
}
