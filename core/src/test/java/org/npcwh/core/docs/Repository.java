package org.npcwh.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * The repository checkout the documentation tests read, found from the module Maven runs them in
 * (Surefire's {@code basedir}) rather than from the working directory.
 */
final class Repository {
  private Repository() {}

  /** The folder holding the parent POM and every module. */
  static Path root() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    Path root = module.getParent();
    assertThat(root.resolve("pom.xml")).as("the parent POM above " + module).isRegularFile();
    assertThat(root.resolve("docs")).as("the docs folder beside the modules").isDirectory();
    return root;
  }

  /** A path from the root with forward slashes, the way documents and comments name files. */
  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
