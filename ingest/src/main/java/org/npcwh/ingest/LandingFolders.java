package org.npcwh.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;

/**
 * The landing zone's top-level folders: the contract's dataset folders and the others. Folders whose
 * name starts with {@code .} or {@code _} belong to tools (editors, sync clients, pull's state) and are
 * not looked at.
 *
 * @param datasets the contract datasets that have a folder, in contract order
 * @param unknown the names of the other folders, sorted
 */
public record LandingFolders(List<SourceDataset> datasets, List<String> unknown) {
  /** A name farther than this from every dataset name gets no suggestion: it is not a typing slip. */
  private static final int MAX_SUGGESTION_DISTANCE = 2;

  /** @throws org.npcwh.core.error.UserException when the landing zone cannot be listed */
  static LandingFolders of(Path landing) {
    List<String> names;
    try (Stream<Path> entries = Files.list(landing)) {
      names = entries.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !name.startsWith("_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw Errors.unreadable(landing, e);
    }
    List<SourceDataset> datasets = Arrays.stream(SourceDataset.values())
        .filter(d -> names.contains(d.datasetName())).toList();
    return new LandingFolders(datasets, names.stream().filter(n -> SourceDataset.find(n).isEmpty()).toList());
  }

  /** Every dataset name of the contract, in contract order: what a landing folder may be called. */
  public static List<String> datasetNames() {
    return Arrays.stream(SourceDataset.values()).map(SourceDataset::datasetName).toList();
  }

  /** The dataset name a misspelt folder name most likely meant ({@code mesages} → {@code messages}). */
  public static Optional<String> nearestDataset(String folderName) {
    String name = folderName.toLowerCase(Locale.ROOT).replace('-', '_');
    return datasetNames().stream()
        .min(Comparator.comparingInt(d -> distance(name, d)))
        .filter(d -> distance(name, d) <= Math.min(MAX_SUGGESTION_DISTANCE, d.length() / 3));
  }

  /** The folder's name, with the dataset it probably meant. */
  public static String described(String folderName) {
    return folderName + nearestDataset(folderName).map(d -> " (did you mean " + d + "?)").orElse("");
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
