package org.npcwh.pull;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of every message, report and file the pull writes: the password itself
 * wherever it appears, and whatever a JDBC URL carries as {@code password=…} or {@code user:secret@}.
 */
final class Redactor {
  static final String MASK = "****";
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)((?:password|passwd|pwd)\\s*=\\s*)[^&;,\\s)]*");
  private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/@:\\s]+:)[^/@\\s]*@");

  private final List<String> secrets;

  Redactor(String... secrets) {
    this.secrets = java.util.Arrays.stream(secrets).filter(Objects::nonNull).filter(s -> !s.isEmpty()).toList();
  }

  /** The text with every secret and URL-borne password replaced by {@value #MASK}. */
  String scrub(String text) {
    if (text == null) {
      return "";
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return maskUrl(result);
  }

  static String maskUrl(String text) {
    String masked = URL_PASSWORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    return URL_USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
  }

  static boolean hasEmbeddedCredentials(String url) {
    return URL_PASSWORD.matcher(url).find() || URL_USER_INFO.matcher(url).find();
  }
}
