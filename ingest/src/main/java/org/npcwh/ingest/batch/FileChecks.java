package org.npcwh.ingest.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npcwh.core.landing.Manifest.ManifestFile;
import org.npcwh.core.landing.Manifest;

/**
 * Checks a batch folder's files against its manifest: all present as regular files of the folder itself
 * (a symbolic link, even to a file beside it, is refused before anything is read: the link's target may
 * be any file this user can read), none extra, checksums equal.
 */
public final class FileChecks {
  private FileChecks() {}

  public static void verify(Path batchFolder, Manifest manifest) throws BatchRejectedException {
    try {
      verifyFiles(batchFolder, manifest);
    } catch (IOException e) {
      throw new BatchRejectedException("the batch folder cannot be read (" + e + ")");
    }
  }

  private static void verifyFiles(Path batchFolder, Manifest manifest) throws BatchRejectedException, IOException {
    Set<String> listed = manifest.files().stream().map(ManifestFile::name).collect(Collectors.toSet());
    for (ManifestFile file : manifest.files()) {
      Path path = batchFolder.resolve(file.name());
      if (Files.isSymbolicLink(path)) {
        throw new BatchRejectedException("file " + file.name() + " is a symbolic link; data files must be regular"
            + " files inside their batch folder, so it was not read (deliver the file itself)");
      }
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new BatchRejectedException("the batch lacks the file " + file.name() + " that its manifest lists");
      }
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new BatchRejectedException("file " + file.name() + " is not a regular file (a folder, pipe or"
            + " device); data files must be regular files inside their batch folder");
      }
    }
    List<String> unlisted;
    try (Stream<Path> entries = Files.list(batchFolder)) {
      unlisted = entries.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals(Manifest.FILE_NAME) && !listed.contains(name))
          .sorted()
          .toList();
    }
    if (!unlisted.isEmpty()) {
      throw new BatchRejectedException("the batch holds files its manifest does not list: "
          + String.join(", ", unlisted));
    }
    for (ManifestFile file : manifest.files()) {
      String actual = sha256(batchFolder.resolve(file.name()));
      if (!actual.equals(file.sha256())) {
        throw new BatchRejectedException("file " + file.name() + " has SHA-256 " + actual
            + " but the manifest says " + file.sha256() + " (damaged or changed after the manifest was written)");
      }
    }
  }

  /** The file's SHA-256; a symbolic link is not followed (opening it fails). */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
