package org.npcwh.transform.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's local file system writes files and permissions as Hadoop's does, minus checksums and chmod processes. */
class NioLocalFileSystemTest {
  @TempDir java.nio.file.Path folder;

  private static FileSystem open() throws IOException {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return FileSystem.get(URI.create("file:///"), conf);
  }

  @Test
  void isTheFileSystemOfFileUrisWhenConfigured() throws IOException {
    try (FileSystem fs = open()) {
      assertThat(fs).isInstanceOf(NioLocalFileSystem.class);
      assertThat(FileSystem.getLocal(fs.getConf())).isInstanceOf(NioLocalFileSystem.class);
    }
  }

  @Test
  void writesTheFileWithoutAChecksumBesideIt() throws IOException {
    try (FileSystem fs = open()) {
      try (FSDataOutputStream out = fs.create(new Path(folder.resolve("part-0.parquet").toUri()))) {
        out.write(new byte[] {1, 2, 3});
      }
      assertThat(Files.readAllBytes(folder.resolve("part-0.parquet"))).containsExactly(1, 2, 3);
      try (var names = Files.list(folder)) {
        assertThat(names.map(f -> f.getFileName().toString())).containsExactly("part-0.parquet");
      }
    }
  }

  @Test
  void setsTheRequestedPermissionsOnFilesAndFolders() throws IOException {
    try (FileSystem fs = open()) {
      assertThat(fs.mkdirs(new Path(folder.resolve("a/b").toUri()), new FsPermission((short) 0750))).isTrue();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("a/b"))))
          .isEqualTo("rwxr-x---");

      Path file = new Path(folder.resolve("a/b/f").toUri());
      fs.create(file).close();
      fs.setPermission(file, new FsPermission((short) 0604));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("a/b/f"))))
          .isEqualTo("rw----r--");
      assertThat(fs.getFileStatus(file).getPermission().toShort()).isEqualTo((short) 0604);
    }
  }
}
