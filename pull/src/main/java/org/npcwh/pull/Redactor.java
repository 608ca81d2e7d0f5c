package org.npcwh.pull;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of every message, report and file the pull writes. The password never enters a
 * URL (a definition with one is refused; it travels as a connection property only), so what is left to
 * mask in a driver's message is the password where it stands as a whole token (not inside a word: with
 * the password {@code p}, "accepting" stays readable), and whatever is written as {@code password=…}
 * or {@code user:secret@}.
 */
final class Redactor {
  static final String MASK = "****";
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)((?:password|passwd|pwd)\\s*=\\s*)[^&;,\\s)]*");
  private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/@:\\s]+:)[^/@\\s]*@");

  /** A letter or digit of any script: what may not stand next to a secret that is a token of its own. */
  private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

  private final List<Pattern> secrets;

  Redactor(String... secrets) {
    this.secrets = Arrays.stream(secrets).filter(Objects::nonNull).filter(s -> !s.isEmpty())
        .map(Redactor::wholeToken).toList();
  }

  /** The text with every secret standing as a token and every {@code password=…} replaced by {@value #MASK}. */
  String scrub(String text) {
    if (text == null) {
      return "";
    }
    String result = maskUrl(text);
    for (Pattern secret : secrets) {
      result = secret.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
    }
    return result;
  }

  /** The secret, not preceded or followed by a letter or digit where its own edge is one (like {@code \b}). */
  private static Pattern wholeToken(String secret) {
    String before = isWordChar(secret.charAt(0)) ? "(?<!" + WORD_CHAR + ")" : "";
    String after = isWordChar(secret.charAt(secret.length() - 1)) ? "(?!" + WORD_CHAR + ")" : "";
    return Pattern.compile(before + Pattern.quote(secret) + after);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static String maskUrl(String text) {
    String masked = URL_PASSWORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    return URL_USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
  }

  static boolean hasEmbeddedCredentials(String url) {
    return URL_PASSWORD.matcher(url).find() || URL_USER_INFO.matcher(url).find();
  }
}
