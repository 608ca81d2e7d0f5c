package org.npcwh.ingest.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The ways a delivered file gets damaged in real life, each applied to a {@link FuzzFile} with a seeded
 * {@link Random}: every choice comes from it, so a seed reproduces the same bytes.
 */
enum Mutations {
  BIT_FLIPS, TRUNCATE, TRUNCATE_MID_CHARACTER, ENCODING_SWAP, BYTE_ORDER_MARK, HEADER_ONLY, EMPTY, QUOTE_STORM,
  LINE_ENDINGS, NUL_BYTES, HUGE_FIELD, EXTRA_COLUMN, MISSING_COLUMN, DUPLICATE_HEADER, ODD_VALUES, REPEATED_LINES,
  GARBAGE;

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] GB18030_BOM = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};
  /** Values that parse almost, overflow, look like formulas, or are not what they seem. */
  private static final String[] ODD_CSV = {"", " ", "-0", "1e10", "99999999999999999999999", "2024-02-30",
      "2024-13-01 25:61:61", "NaN", "Infinity", "TRUE", "１２３", "😀", "\u0000", "=HYPERLINK(\"x\")",
      "9223372036854775808", "0.00000000000000000001", "\"1,5\"", ";;", "a; ;b", "\uFEFF", "\u202E", "null",
      "1".repeat(5000), "1." + "0".repeat(3000), "-" + "9".repeat(300) + ".5", "2024-03-01 10:00:00.000"};
  private static final String[] ODD_JSON = {"\"\\ud800\"", "1e99999", "-0", "123456789012345678901234567890",
      "true", "[1,2]", "{\"a\":1}", "\"\\u0000\"", "\"２０２４-03-01\"", "[".repeat(3000) + "]".repeat(3000),
      "1" + "0".repeat(2000), "0.1e-2147483647", "\"" + "中".repeat(2000) + "\"", "NaN", "\"\"", "null"};

  /** Applies this mutation; returns a short description for the failure report. */
  String apply(FuzzFile file, Random random) {
    switch (this) {
      case BIT_FLIPS -> {
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && file.bytes.length > 0; i++) {
          file.bytes[random.nextInt(file.bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return name() + " x" + flips;
      }
      case TRUNCATE -> {
        int at = file.bytes.length == 0 ? 0 : random.nextInt(file.bytes.length);
        file.bytes = Arrays.copyOf(file.bytes, at);
        return name() + " at " + at;
      }
      case TRUNCATE_MID_CHARACTER -> {
        List<Integer> multiByteStarts = new ArrayList<>();
        for (int i = 0; i < file.bytes.length; i++) {
          if ((file.bytes[i] & 0xFF) >= 0x80) {
            multiByteStarts.add(i);
          }
        }
        int at = multiByteStarts.isEmpty() ? file.bytes.length
            : multiByteStarts.get(random.nextInt(multiByteStarts.size())) + 1;
        file.bytes = Arrays.copyOf(file.bytes, Math.min(at, file.bytes.length));
        return name() + " at " + at;
      }
      case ENCODING_SWAP -> {
        Charset from = file.actual;
        Charset to = from.equals(StandardCharsets.UTF_8) ? GB18030 : StandardCharsets.UTF_8;
        file.bytes = new String(file.bytes, from).getBytes(to);
        file.actual = to;
        boolean declared = random.nextInt(5) > 0;
        if (declared) {
          file.encoding = to.equals(GB18030) ? "GB18030" : "UTF-8";
        }
        return name() + " to " + to + (declared ? "" : " (manifest not updated)");
      }
      case BYTE_ORDER_MARK -> {
        byte[] bom = file.actual.equals(GB18030) ? GB18030_BOM : UTF8_BOM;
        file.bytes = concat(bom, file.bytes);
        return name();
      }
      case HEADER_ONLY -> {
        int newline = indexOf(file.bytes, (byte) '\n');
        file.bytes = newline < 0 ? file.bytes : Arrays.copyOf(file.bytes, newline + 1);
        return name();
      }
      case EMPTY -> {
        file.bytes = new byte[0];
        return name();
      }
      case NUL_BYTES -> {
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
          file.bytes = insert(file.bytes, random.nextInt(file.bytes.length + 1), new byte[] {0});
        }
        return name() + " x" + count;
      }
      case GARBAGE -> {
        byte[] garbage = new byte[1 + random.nextInt(64)];
        random.nextBytes(garbage);
        file.bytes = insert(file.bytes, random.nextInt(file.bytes.length + 1), garbage);
        return name() + " " + garbage.length + " bytes";
      }
      default -> {
        return TextMutations.apply(this, file, random);
      }
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] result = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }

  static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    return concat(concat(Arrays.copyOf(bytes, at), inserted), Arrays.copyOfRange(bytes, at, bytes.length));
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static String oddValue(boolean json, Random random) {
    String[] values = json ? ODD_JSON : ODD_CSV;
    return values[random.nextInt(values.length)];
  }
}
