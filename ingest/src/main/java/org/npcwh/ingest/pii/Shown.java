package org.npcwh.ingest.pii;

/**
 * How delivered text may appear in a set-aside reason or a rejection message: numbers masked (with
 * {@link PersonalData#maskNumbers}) and cut, so that a 10 MB header line is neither stored as a reason
 * nor printed in the log.
 */
public final class Shown {
  /** The most characters of one delivered value quoted in a reason. */
  public static final int MAX_QUOTED_CHARS = 200;
  /** The most characters of a whole rejection message (our words plus the values it quotes). */
  public static final int MAX_MESSAGE_CHARS = 2_000;
  /** How far past the cut the text is masked, so that a number straddling the cut is masked whole. */
  private static final int MASK_MARGIN = 64;

  private Shown() {}

  /** The value in double quotes, masked and cut to {@value #MAX_QUOTED_CHARS} characters. */
  public static String quoted(String value) {
    return "\"" + capped(value, MAX_QUOTED_CHARS) + "\"";
  }

  /** The text masked; when longer than {@code max} characters, its first {@code max}, an ellipsis and its length. */
  public static String capped(String text, int max) {
    if (text == null || text.length() <= max) {
      return PersonalData.maskNumbers(text);
    }
    String head = PersonalData.maskNumbers(text.substring(0, Math.min(text.length(), max + MASK_MARGIN)));
    int cut = Character.isHighSurrogate(head.charAt(max - 1)) ? max - 1 : max;
    return head.substring(0, cut) + "… (" + text.length() + " characters)";
  }
}
