package org.npcwh.core.layout;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-tree chores of the warehouse's own folders: hard-link copies and deletion. */
public final class TreeFiles {
  private TreeFiles() {}

  /** Recreates {@code source}'s tree at {@code target}, each file a hard link (a copy where links fail). */
  public static void linkTree(Path source, Path target) throws IOException {
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(target.resolve(source.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        link(file, target.resolve(source.relativize(file).toString()));
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** A hard link, or a copy on file systems without them (the files are never written in place). */
  public static void link(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Deletes a file or a folder with everything in it; symlinks are removed, never followed. */
  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(path);
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** As {@link #deleteRecursively}, ignoring failures: for leftovers that a later run removes again. */
  public static void deleteQuietly(Path path) {
    try {
      deleteRecursively(path);
    } catch (IOException e) {
      // left for the next run's clean-up of _staging
    }
  }
}
