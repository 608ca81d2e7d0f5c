package org.npcwh.ingest.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mutations that work on a file's text rather than its bytes: quotes, line ends, columns, values. */
final class TextMutations {
  private static final Pattern JSON_PAIR = Pattern.compile("\"([a-z_]+)\":(\"[^\"]*\"|[^,}]*)");

  private TextMutations() {}

  static String apply(Mutations mutation, FuzzFile file, Random random) {
    String text = file.text();
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    // Rows rather than the CSV header, mostly: a damaged header rejects the whole file, and the other
    // mutations (bit flips, quotes, truncation, DUPLICATE_HEADER) damage headers often enough.
    boolean skipHeader = !file.json && lines.size() > 1 && mutation != Mutations.DUPLICATE_HEADER;
    int line = skipHeader ? 1 + random.nextInt(lines.size() - 1) : random.nextInt(lines.size());
    String described = mutation.name() + " line " + (line + 1);
    switch (mutation) {
      case QUOTE_STORM -> {
        StringBuilder stormy = new StringBuilder(text);
        int quotes = 1 + random.nextInt(12);
        for (int i = 0; i < quotes; i++) {
          stormy.insert(random.nextInt(stormy.length() + 1), random.nextBoolean() ? "\"" : "\"\"\"");
        }
        file.text(stormy.toString());
        return mutation.name() + " x" + quotes;
      }
      case LINE_ENDINGS -> {
        StringBuilder mixed = new StringBuilder();
        String[] endings = {"\n", "\r\n", "\r", "\n\n", "\r\r\n"};
        for (int i = 0; i < lines.size(); i++) {
          mixed.append(lines.get(i)).append(i < lines.size() - 1 ? endings[random.nextInt(endings.length)] : "");
        }
        file.text(mixed.toString());
        return mutation.name();
      }
      case HUGE_FIELD -> {
        int size = HUGE_FIELD_CHARS[random.nextInt(HUGE_FIELD_CHARS.length)];
        String field = HUGE_FIELD_TEXT[random.nextInt(HUGE_FIELD_TEXT.length)].repeat(size);
        String target = lines.get(line);
        int at = target.indexOf(file.json ? ":\"" : ",");
        lines.set(line, at < 0 ? field + target : target.substring(0, at + (file.json ? 2 : 1)) + field
            + target.substring(at + (file.json ? 2 : 1)));
        described += " " + size + " chars";
      }
      case EXTRA_COLUMN -> lines.set(line, file.json ? lines.get(line).replaceFirst("\\{", "{\"extra\":1,")
          : lines.get(line) + ",extra");
      case MISSING_COLUMN -> {
        String target = lines.get(line);
        lines.set(line, file.json ? JSON_PAIR.matcher(target).replaceFirst("\"x\":0")
            : target.contains(",") ? target.substring(0, target.lastIndexOf(',')) : "");
      }
      case DUPLICATE_HEADER -> {
        if (file.json) {
          Matcher pair = JSON_PAIR.matcher(lines.get(line));
          if (pair.find()) {
            lines.set(line, lines.get(line).replaceFirst("\\{", "{" + Matcher.quoteReplacement(pair.group()) + ","));
          }
        } else {
          String[] names = lines.get(0).split(",", -1);
          names[names.length - 1] = names[0];
          lines.set(0, String.join(",", names));
          described = mutation.name();
        }
      }
      case ODD_VALUES -> {
        String odd = Mutations.oddValue(file.json, random);
        String target = lines.get(line);
        lines.set(line, file.json ? JSON_PAIR.matcher(target).replaceFirst(
            Matcher.quoteReplacement("\"" + firstKey(target) + "\":" + odd))
            : replaceField(target, random.nextInt(12), odd));
        described += " " + (odd.length() > 20 ? odd.substring(0, 20) + "… (" + odd.length() + ")" : odd);
      }
      case REPEATED_LINES -> {
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) {
          lines.add(line, lines.get(line));
        }
      }
      default -> throw new IllegalArgumentException(mutation.name());
    }
    file.text(String.join("\n", lines));
    return described;
  }

  /** Most huge fields are big enough to hurt without slowing the quick profile down. */
  private static final int[] HUGE_FIELD_CHARS = {70_000, 200_000, 1 << 20};
  /** Digits too: a huge number in a numeric field costs differently from huge text. */
  private static final String[] HUGE_FIELD_TEXT = {"x", "中", "9"};

  private static String firstKey(String jsonLine) {
    Matcher pair = JSON_PAIR.matcher(jsonLine);
    return pair.find() ? pair.group(1) : "x";
  }

  private static String replaceField(String csvLine, int index, String value) {
    String[] fields = csvLine.split(",", -1);
    fields[Math.min(index, fields.length - 1)] = value;
    return String.join(",", fields);
  }
}
