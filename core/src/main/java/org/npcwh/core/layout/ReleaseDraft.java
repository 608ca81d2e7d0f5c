package org.npcwh.core.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A release being assembled under {@code _staging/}: nobody reads it until {@link Releases#commit}.
 * Files it shares with the published release are hard links, so nothing here ever writes into an
 * existing file: every change removes the path first and puts a new file or folder in its place.
 * Closing a draft that was not committed deletes it.
 */
public final class ReleaseDraft implements AutoCloseable {
  private final String id;
  private final Path root;
  private boolean committed;

  ReleaseDraft(String id, Path root) {
    this.id = id;
    this.root = root;
  }

  public String id() {
    return id;
  }

  public Path root() {
    return root;
  }

  /** The draft seen as a warehouse: where readers (views, reports) find its files. */
  public WarehouseLayout layout() {
    return new WarehouseLayout(root);
  }

  /** Puts {@code source} (a file or folder elsewhere in the warehouse) at {@code relative}, as hard links. */
  public void replace(String relative, Path source) {
    Path target = target(relative);
    try {
      TreeFiles.deleteRecursively(target);
      Files.createDirectories(target.getParent());
      if (Files.isDirectory(source)) {
        TreeFiles.linkTree(source, target);
      } else {
        TreeFiles.link(source, target);
      }
    } catch (IOException e) {
      throw org.npcwh.core.error.Errors.unwritable(target, e);
    }
  }

  /** Moves a file this process wrote (e.g. in a scratch folder) to {@code relative}, replacing what was there. */
  public void moveIn(Path file, String relative) {
    Path target = target(relative);
    try {
      TreeFiles.deleteRecursively(target);
      Files.createDirectories(target.getParent());
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw org.npcwh.core.error.Errors.unwritable(target, e);
    }
  }

  /** Removes a file or folder of the draft (e.g. reports whose figures are replaced). */
  public void remove(String relative) {
    Path target = target(relative);
    try {
      TreeFiles.deleteRecursively(target);
    } catch (IOException e) {
      throw org.npcwh.core.error.Errors.unwritable(target, e);
    }
  }

  private Path target(String relative) {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw new IllegalArgumentException(relative + " is outside the release");
    }
    return target;
  }

  void committed() {
    committed = true;
  }

  @Override
  public void close() {
    if (!committed) {
      TreeFiles.deleteQuietly(root);
    }
  }
}
