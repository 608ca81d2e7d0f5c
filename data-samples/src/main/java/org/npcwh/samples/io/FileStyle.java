package org.npcwh.samples.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.npcwh.core.landing.Manifest.Format;

/**
 * How one batch's files are written: format, character set, and whether a UTF-8 byte-order mark
 * leads (the manifest then still says UTF-8).
 */
public record FileStyle(Format format, Charset charset, boolean bom) {

  public static final Charset GB18030 = Charset.forName("GB18030");
  public static final FileStyle CSV = new FileStyle(Format.CSV, StandardCharsets.UTF_8, false);
  public static final FileStyle CSV_BOM = new FileStyle(Format.CSV, StandardCharsets.UTF_8, true);
  public static final FileStyle CSV_GB18030 = new FileStyle(Format.CSV, GB18030, false);
  public static final FileStyle JSONL = new FileStyle(Format.JSONL, StandardCharsets.UTF_8, false);

  /** The manifest's {@code encoding}. */
  public String encodingName() {
    return charset.equals(GB18030) ? "GB18030" : "UTF-8";
  }
}
