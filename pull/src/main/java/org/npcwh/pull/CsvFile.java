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
import java.util.Arrays;
import java.util.List;
import org.npcwh.core.csv.CsvWriter;
import org.npcwh.core.landing.Sha256;

/**
 * A data file of the landing-zone contract being written: CSV records of {@link CsvWriter#CRLF} in
 * UTF-8 without BOM, a header row first. Its SHA-256 and record count are kept while writing, for the
 * manifest.
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
    MessageDigest digest = Sha256.digest();
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
      sha256 = Sha256.hex(digest);
    }
    return sha256;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void line(String[] values) throws IOException {
    CsvWriter.CRLF.write(out, Arrays.asList(values));
  }
}
