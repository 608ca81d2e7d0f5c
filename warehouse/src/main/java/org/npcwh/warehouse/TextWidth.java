package org.npcwh.warehouse;

/**
 * How many terminal columns a text takes: East Asian wide and fullwidth characters (Chinese,
 * Japanese, Korean, fullwidth punctuation, most emoji) take two, combining marks and format
 * characters none, everything else one.
 */
final class TextWidth {
  private TextWidth() {}

  static int of(String text) {
    return text.codePoints().map(TextWidth::ofCodePoint).sum();
  }

  static int ofCodePoint(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E)      // CJK radicals, Kangxi, CJK symbols and punctuation
        || (cp >= 0x3041 && cp <= 0x33FF)      // Hiragana, Katakana, Bopomofo, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF)      // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF)      // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3)      // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF)      // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F)      // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60)      // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6)      // fullwidth signs
        || (cp >= 0x1F300 && cp <= 0x1F64F)    // pictographs and emoticons
        || (cp >= 0x1F900 && cp <= 0x1F9FF)    // supplemental pictographs
        || (cp >= 0x20000 && cp <= 0x3FFFD);   // CJK extensions B and beyond
  }
}
