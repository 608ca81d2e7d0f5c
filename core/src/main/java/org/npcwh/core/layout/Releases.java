package org.npcwh.core.layout;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.npcwh.core.error.Errors;

/**
 * What analysts and leadership see is one <em>release</em>: a folder {@code releases/<id>/} holding
 * {@code marts/} (dimensions, facts, figures, catalogue, the ingest ledger), {@code warehouse.duckdb} and
 * {@code warehouse.sql} and {@code reports/}, laid out like a warehouse so that every reader can take it as
 * its root. The symlink {@code published} names the release in force; {@code marts}, {@code reports},
 * {@code warehouse.duckdb} and {@code warehouse.sql} at the warehouse's top are fixed symlinks through it. A new release is assembled as a {@link
 * ReleaseDraft} under {@code _staging/} (files it keeps from the published release are hard links, so
 * a draft costs little), then made visible by renaming one symlink: a reader, a crash or a failed gate
 * never sees half a release. The previous release is kept for readers that still have it open; older
 * ones are deleted.
 */
public final class Releases {
  /** The names at the warehouse's top that always lead into the published release. */
  private static final List<String> ENTRY_POINTS = List.of("marts", "reports", "warehouse.duckdb", "warehouse.sql");
  private static final int KEPT = 2;
  private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();
  private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final WarehouseLayout layout;

  public Releases(WarehouseLayout layout) {
    this.layout = layout;
  }

  /**
   * The release in force as a layout of its own (its real path, so that a release published while a
   * reader works does not change what the reader sees); the warehouse itself when it was published
   * before releases existed or never.
   */
  public static WarehouseLayout pinned(WarehouseLayout layout) {
    Path published = layout.published();
    if (!Files.exists(published)) {
      return layout;
    }
    try {
      return new WarehouseLayout(published.toRealPath());
    } catch (IOException e) {
      throw Errors.unreadable(published, e);
    }
  }

  /** A new draft holding (as hard links) everything of the published release. */
  public ReleaseDraft draft() {
    // Sorted by name = in order of creation; the sequence keeps two drafts of one millisecond apart.
    String id = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(ID) + "-" + ProcessHandle.current().pid()
        + String.format(java.util.Locale.ROOT, "-%04d", SEQUENCE.incrementAndGet() % 10_000);
    Path folder = layout.staging().resolve("release-" + id);
    WarehouseLayout from = pinned(layout);
    try {
      Files.createDirectories(folder);
      for (String entry : ENTRY_POINTS) {
        Path source = from.root().resolve(entry);
        if (Files.isDirectory(source)) {
          TreeFiles.linkTree(source, folder.resolve(entry));
        } else if (Files.isRegularFile(source)) {
          TreeFiles.link(source, folder.resolve(entry));
        }
      }
      Files.createDirectories(folder.resolve("marts"));
      Files.createDirectories(folder.resolve("reports"));
    } catch (IOException e) {
      TreeFiles.deleteQuietly(folder);
      throw Errors.unwritable(folder, e);
    }
    return new ReleaseDraft(id, folder);
  }

  /** Makes the draft the published release in one rename, then tidies what that left behind. */
  public Path commit(ReleaseDraft draft) {
    Path release = layout.releases().resolve(draft.id());
    try {
      Files.createDirectories(layout.releases());
      Files.move(draft.root(), release, StandardCopyOption.ATOMIC_MOVE);
      Path link = layout.root().resolve(".published-" + draft.id());
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, layout.root().relativize(release));
      Files.move(link, layout.published(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      draft.committed();
      ensureEntryPoints();
      prune(release);
      return release;
    } catch (IOException e) {
      throw Errors.unwritable(layout.published(), e);
    }
  }

  /**
   * Replaces the folders and files a warehouse held before releases (and the old current state, which
   * now lives with the candidate) by the symlinks into {@code published}. Done once per warehouse.
   */
  private void ensureEntryPoints() throws IOException {
    for (String name : ENTRY_POINTS) {
      Path entry = layout.root().resolve(name);
      if (Files.isSymbolicLink(entry)) {
        continue;
      }
      if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
        Path aside = layout.staging().resolve("before-releases-" + name);
        TreeFiles.deleteQuietly(aside);
        Files.createDirectories(aside.getParent());
        Files.move(entry, aside, StandardCopyOption.ATOMIC_MOVE);
        TreeFiles.deleteQuietly(aside);
      }
      try {
        Files.createSymbolicLink(entry, Path.of(layout.published().getFileName().toString(), name));
      } catch (FileAlreadyExistsException e) {
        // created meanwhile by nobody else (we hold the warehouse lock): keep it
      }
    }
    TreeFiles.deleteQuietly(layout.root().resolve("current"));
  }

  private void prune(Path inForce) throws IOException {
    List<Path> releases;
    try (Stream<Path> all = Files.list(layout.releases())) {
      releases = all.filter(Files::isDirectory).sorted().toList();
    }
    int keep = 0;
    for (int i = releases.size() - 1; i >= 0; i--) {
      Path release = releases.get(i);
      if (release.equals(inForce) || keep < KEPT) {
        keep++;
      } else {
        TreeFiles.deleteQuietly(release);
      }
    }
  }
}
