package org.npcwh.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Opens delivered text strictly: bytes that are not valid in the declared encoding raise an error. */
final class TextDecoding {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int BUFFER_CHARS = 1 << 16;

  private TextDecoding() {}

  /**
   * A reader positioned after a leading byte order mark, if any (UTF-8 and GB18030 both may carry one).
   * A symbolic link is not followed, even if it replaced the file after the batch's checks.
   */
  static Reader open(Path file, Charset charset) throws IOException {
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    PushbackReader reader = new PushbackReader(
        new BufferedReader(new InputStreamReader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), decoder), BUFFER_CHARS));
    int first = reader.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      reader.unread(first);
    }
    return reader;
  }
}
