package org.npcwh.ingest.pii;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.npcwh.core.contract.Pii;
import org.npcwh.core.error.Errors;

/**
 * Protects residents' personal data before anything is written.
 *
 * <p>{@link Pii#PSEUDONYMISE}: the value becomes the lowercase hex HMAC-SHA256 of its UTF-8 bytes
 * under the configured key (stable across runs with the same key, not reversible without it).
 *
 * <p>{@link Pii#MASK_NUMBERS}: {@link #maskNumbers} masks, in free text, e-mail addresses, resident ID
 * numbers (18 characters, or the old 15 digits), mainland mobiles and landlines with an area code,
 * in the ways people type them (see {@code PersonalDataTest/corpus.txt} and docs/decisions.md).
 */
public final class PersonalData {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 16;
  private static final int KEEP_HEAD = 3;
  private static final int KEEP_TAIL = 2;
  private static final char MASK = '*';
  /** A separator inside a number: one space, hyphen or dot (full-width forms are folded first). */
  private static final String SEP = "[ .\\-]?";
  private static final String DAY = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])";
  private static final String AREA = "[1-9][0-9]{1,2}";
  private static final String SUBSCRIBER = SEP + "[0-9]{3,4}" + SEP + "[0-9]{4})(?![0-9])";

  /** A pattern whose group {@code n} is masked: digits but the first 3 and last 2, or an e-mail's local part. */
  private record Rule(Pattern pattern, boolean email) {
    static Rule number(String regex) {
      return new Rule(Pattern.compile(regex), false);
    }
  }

  /**
   * Applied in this order on the half-width folded text; each masks the number without its country
   * prefix, and later rules never see masked digits again. Every number rule refuses to start or end
   * next to another digit, so longer digit runs (order numbers, amounts) stay whole.
   */
  private static final List<Rule> RULES = List.of(
      // e-mail: the local part, which is often the phone number itself (13912345678@163.com). It may only
      // start where a run of such characters starts, and never gives characters back: otherwise a long
      // run without '@' (a hostile or broken field) is scanned again from each of its characters.
      new Rule(Pattern.compile("(?<![A-Za-z0-9._%+\\-])(?<n>[A-Za-z0-9._%+\\-]++)@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"),
          true),
      // resident ID: 17 digits and a check character, optionally grouped 6-8-4; old IDs: 15 digits with a date
      Rule.number("(?<![0-9])(?<n>[1-9][0-9]{5} ?[0-9]{8} ?[0-9]{3}[0-9Xx]|[1-9][0-9]{7}" + DAY + "[0-9]{3})"
          + "(?![0-9])"),
      // mobile: 1[3-9] + 9 digits grouped 3-4-4 or 3-8, the first group possibly bracketed, after +86, 0086, 86
      Rule.number("(?<![0-9])(?:(?:\\+|00)?86" + SEP + "|\\(\\+?86\\) ?)?"
          + "(?<n>(?:1[3-9][0-9]|\\(1[3-9][0-9]\\) ?)" + SEP + "[0-9]{4}" + SEP + "[0-9]{4})(?![0-9])"),
      // landline after +86 / 0086: the area code without its 0 (or with "(0)"), then 7-8 digits
      Rule.number("(?<![0-9])(?:\\+|00)86" + SEP + "(?:\\(0\\) ?)?(?<n>" + AREA + SUBSCRIBER),
      // landline: 0 + 2-3 digit area code, possibly bracketed, then 7-8 digits grouped 3/4-4
      Rule.number("(?<![0-9])(?<n>(?:0" + AREA + "|\\(0" + AREA + "\\) ?)" + SUBSCRIBER));

  private final Mac mac;

  private PersonalData(Mac mac) {
    this.mac = mac;
  }

  /** @throws org.npcwh.core.error.UserException when the key is missing or shorter than 16 bytes */
  public static PersonalData withKey(byte[] key, String keyVariable) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw Errors.missingPiiKey(keyVariable);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return new PersonalData(mac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** The value as it may be stored: hashed, masked or unchanged; null stays null. */
  public String protect(Pii protection, String value) {
    if (value == null) {
      return null;
    }
    return switch (protection) {
      case NONE -> value;
      case PSEUDONYMISE -> pseudonymise(value);
      case MASK_NUMBERS -> maskNumbers(value);
    };
  }

  public String pseudonymise(String value) {
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The text with every e-mail address, ID, mobile and landline number masked: of a number (its
   * country prefix left as typed) the first 3 and last 2 digits stay, the digits between become
   * {@code *}; of an e-mail address the first character of the local part and the domain stay.
   * Separators, brackets and full-width forms stay as typed. Null stays null.
   */
  public static String maskNumbers(String text) {
    if (text == null) {
      return null;
    }
    char[] folded = halfWidth(text);
    char[] out = null;
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(CharBuffer.wrap(folded));
      while (matcher.find()) {
        out = out == null ? text.toCharArray() : out;
        if (rule.email()) {
          maskAll(folded, out, matcher.start("n") + 1, matcher.end("n"));
        } else {
          maskDigits(folded, out, matcher.start("n"), matcher.end("n"));
        }
      }
    }
    return out == null ? text : new String(out);
  }

  /** Every character of [from, to) becomes the mask, in both the folded copy and the output. */
  private static void maskAll(char[] folded, char[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      folded[i] = MASK;
      out[i] = MASK;
    }
  }

  /** The digits (and a check X) of [from, to) but the first 3 and last 2 become the mask. */
  private static void maskDigits(char[] folded, char[] out, int from, int to) {
    int digits = 0;
    for (int i = from; i < to; i++) {
      digits += isMaskable(folded[i]) ? 1 : 0;
    }
    int seen = 0;
    for (int i = from; i < to; i++) {
      if (isMaskable(folded[i])) {
        seen++;
        if (seen > KEEP_HEAD && seen <= digits - KEEP_TAIL) {
          folded[i] = MASK;
          out[i] = MASK;
        }
      }
    }
  }

  private static boolean isMaskable(char c) {
    return c >= '0' && c <= '9' || c == 'X' || c == 'x';
  }

  /**
   * Full-width ASCII (０-９, ＋, （, ＠…) folded to ASCII, the ideographic space to a space and the
   * dashes people type between digit groups to a hyphen: one char for one char, so positions match.
   */
  private static char[] halfWidth(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        chars[i] = ' ';
      } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
        chars[i] = '-';
      }
    }
    return chars;
  }
}
