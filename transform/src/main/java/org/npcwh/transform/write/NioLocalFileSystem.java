package org.npcwh.transform.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
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
    private static final PosixFilePermission[] BY_BIT = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
      Files.setPosixFilePermissions(pathToFile(path).toPath(), posix(permission.toShort()));
    }

    /** The nine rwx bits of a mode (sticky and set-id bits are not used for Spark's files). */
    static Set<PosixFilePermission> posix(short mode) {
      Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
      for (int bit = 0; bit < BY_BIT.length; bit++) {
        if ((mode & (1 << bit)) != 0) {
          permissions.add(BY_BIT[bit]);
        }
      }
      return permissions;
    }
  }
}
