package org.npcwh.transform.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) for Spark's own reads and writes, without its two costs
 * on a machine that lacks Hadoop's native library: Hadoop then sets every new file's and folder's
 * permissions by starting a {@code chmod} process (370 processes in one month's transform of a tiny
 * warehouse, whose kernel time fell from 12–14 s to 8–9 s without them), and it writes a {@code .crc}
 * checksum beside every file, which the warehouse deletes unread (files are read back only after
 * their checksums are gone).
 */
public final class NioLocalFileSystem extends LocalFileSystem {

  public NioLocalFileSystem() {
    super(new PermissionsThroughNio());
    setWriteChecksum(false);
  }

  /** Sets permissions with {@code java.nio}, in the process, as Hadoop's native library would. */
  static final class PermissionsThroughNio extends RawLocalFileSystem {
    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
      // the nine rwx bits: Spark's files and folders carry no sticky or set-id bits
      String rwx = permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
          + permission.getOtherAction().SYMBOL;
      Files.setPosixFilePermissions(pathToFile(path).toPath(), PosixFilePermissions.fromString(rwx));
    }
  }
}
