package org.npcwh.ingest.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
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
 * <p>{@link Pii#MASK_NUMBERS}: in free text, every mainland mobile number ({@code 1[3-9]} + 9 digits,
 * optionally grouped 3-4-4 by spaces or hyphens), landline number ({@code 0} + 2-3 digit area code,
 * optional hyphen or space, 7-8 digits) and 18-character resident ID number (17 digits + digit or X)
 * keeps its first 3 and last 2 characters; every digit or X between becomes {@code *}, separators stay.
 * A match must not touch other digits, so longer digit runs (order numbers…) are left alone.
 */
public final class PersonalData {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 16;
  private static final int KEEP_HEAD = 3;
  private static final int KEEP_TAIL = 2;
  private static final Pattern NUMBERS = Pattern.compile(
      "(?<![0-9])(?:"
          + "[1-9][0-9]{16}[0-9Xx]"                       // resident ID
          + "|1[3-9][0-9](?:[- ]?[0-9]{4}){2}"            // mobile
          + "|0[0-9]{2,3}[- ]?[0-9]{7,8}"                 // landline
          + ")(?![0-9Xx])");

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

  public static String maskNumbers(String text) {
    Matcher matcher = NUMBERS.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    do {
      out.append(text, copied, matcher.start()).append(masked(matcher.group()));
      copied = matcher.end();
    } while (matcher.find());
    return out.append(text, copied, text.length()).toString();
  }

  private static String masked(String number) {
    char[] chars = number.toCharArray();
    for (int i = KEEP_HEAD; i < chars.length - KEEP_TAIL; i++) {
      if (Character.isDigit(chars[i]) || chars[i] == 'X' || chars[i] == 'x') {
        chars[i] = '*';
      }
    }
    return new String(chars);
  }
}
