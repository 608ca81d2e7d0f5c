package org.npcwh.pull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A data file of the landing-zone contract being written: RFC 4180 CSV in UTF-8 without BOM, a
 * header row, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF (quotes doubled),
 * null as an empty field. Its SHA-256 and record count are kept while writing, for the manifest.
 */
final class CsvFile implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final FileChannel channel;
  private final MessageDigest digest;
  private final Writer out;
  private long rows;
  private String sha256;

  private CsvFile(FileChannel channel, MessageDigest digest, Writer out) {
    this.channel = channel;
    this.digest = digest;
    this.out = out;
  }

  static CsvFile create(Path file, List<String> header) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    MessageDigest digest = sha256Digest();
    Writer out = new OutputStreamWriter(new DigestOutputStream(new BufferedOutputStream(
        java.nio.channels.Channels.newOutputStream(channel), BUFFER), digest), StandardCharsets.UTF_8);
    CsvFile csv = new CsvFile(channel, digest, out);
    csv.line(header.toArray(String[]::new));
    return csv;
  }

  void write(String[] values) throws IOException {
    line(values);
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Flushes the file to disk and returns its SHA-256 in lower-case hex. */
  String finish() throws IOException {
    if (sha256 == null) {
      out.flush();
      channel.force(true);
      sha256 = HexFormat.of().formatHex(digest.digest());
    }
    return sha256;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void line(String[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      field(values[i]);
    }
    out.write("\r\n");
  }

  private void field(String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (!needsQuotes(value)) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
