package org.npcwh.ingest.batch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.npcwh.core.contract.DeliveryMode;

/** A batch's {@code _manifest.json}, checked for shape (not yet against the files). */
public record Manifest(
    String dataset,
    String batchId,
    LocalDateTime extractedAt,
    DeliveryMode mode,
    Format format,
    String encoding,
    List<ManifestFile> files) {

  /** The manifest's file name inside a batch folder. */
  public static final String FILE_NAME = "_manifest.json";

  public Manifest {
    files = List.copyOf(files);
  }

  /** The delivered file formats. */
  public enum Format {
    CSV, JSONL;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One data file the manifest lists. */
  public record ManifestFile(String name, long rows, String sha256) {}

  public Charset charset() {
    return "GB18030".equals(encoding) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
  }

  public long totalRows() {
    return files.stream().mapToLong(ManifestFile::rows).sum();
  }

  /**
   * What identifies the batch's content regardless of its id and file names: the SHA-256 of the
   * files' SHA-256s (lowercase hex), sorted and joined by {@code \n}.
   */
  public String contentSha256() {
    String joined = String.join("\n", files.stream().map(ManifestFile::sha256).sorted().toList());
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(joined.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
