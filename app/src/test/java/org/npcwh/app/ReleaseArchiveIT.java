package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive {@code mvn package} built ({@code target/npcwh-<version>.tar.gz}), unpacked and run
 * as an operator would on a machine without Maven: {@code bin/npcwh} finds Java through {@code JAVA_HOME},
 * with a PATH that holds only the few tools the launcher uses (no {@code mvn}, no {@code java}). Failsafe
 * runs it after {@code package}, when the archive exists.
 */
class ReleaseArchiveIT {
  /** What bin/npcwh and bin/java17.sh call: with only these on the PATH, neither mvn nor java can be found. */
  private static final List<String> LAUNCHER_TOOLS = List.of("bash", "env", "dirname", "readlink", "cat", "sed",
      "head", "cut");
  private static final String VERSION = System.getProperty("npcwh.expected.version");

  @TempDir static Path dir;
  static Path home;
  static Path tools;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of("target", "npcwh-" + VERSION + ".tar.gz").toAbsolutePath();
    assertThat(archive).as("built by mvn package").isRegularFile();
    Result tar = run(List.of("tar", "xzf", archive.toString(), "-C", dir.toString()), System.getenv());
    assertThat(tar.exit()).as(tar.toString()).isZero();
    home = dir.resolve("npcwh-" + VERSION);
    tools = Files.createDirectory(dir.resolve("tools"));
    for (String tool : LAUNCHER_TOOLS) {
      Files.createSymbolicLink(tools.resolve(tool), which(tool));
    }
  }

  /** The links go first: JUnit warns about every link to outside the temporary folder it deletes. */
  @AfterAll
  static void removeToolLinks() throws IOException {
    for (String tool : LAUNCHER_TOOLS) {
      Files.deleteIfExists(tools.resolve(tool));
    }
  }

  @Test
  void theArchiveHoldsLauncherLibrariesConfigurationAndDocs() {
    assertThat(home.resolve("bin/npcwh")).isExecutable();
    assertThat(home.resolve("lib/npcwh-app-" + VERSION + ".jar")).isRegularFile();
    assertThat(home.resolve("lib")).isDirectoryContaining("glob:**/picocli-*.jar");
    assertThat(home.resolve("conf/jvm.options")).content().contains("--add-opens=java.base/java.nio=ALL-UNNAMED");
    assertThat(home.resolve("conf/npcwh.properties.example")).content().contains("check.max-move");
    assertThat(home.resolve("README.md")).content().contains("## Configuration file");
    assertThat(home.resolve("docs/contract/sources.md")).isRegularFile();
  }

  @Test
  void runsOnTheJavaOfJavaHomeWithoutMavenOrJavaOnThePath() throws Exception {
    Result version = npcwh(javaHome(), "--version");
    assertThat(version.exit()).as(version.toString()).isZero();
    assertThat(version.out()).isEqualTo("npcwh " + VERSION + "\n");

    Path landing = dir.resolve("landing");
    Result sample = npcwh(javaHome(), "sample", "-o", landing.toString(), "--scale", "0.02");
    assertThat(sample.exit()).as(sample.toString()).isZero();
    // The summary of the 0.02 sample, as TinySample's ITs see it: 369 batches in 388 files.
    assertThat(sample.out()).containsPattern("total\\s+369\\s+388\\s");
    assertThat(landing.resolve("regions/2022-01-01T0100/_manifest.json")).isRegularFile();
  }

  @Test
  void refusesAJavaOlderThan17() throws Exception {
    // No Java before 17 is installed here, so JAVA_HOME points at a fake whose only trick is the
    // version probe: it prints what Java 8's 'java -version' prints and would fail anything else.
    Path oldHome = dir.resolve("java8");
    Path java = Files.createDirectories(oldHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'java version \"1.8.0_392\"' >&2\nexit 1\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

    Result refused = npcwh(oldHome, "--version");

    assertThat(refused.exit()).as(refused.toString()).isEqualTo(3);
    assertThat(refused.err()).contains(java + " is Java 1.8.0_392, but npcwh needs Java 17 or newer",
        "set JAVA_HOME to a Java 17+ installation");
  }

  /** The Java running this test: a Java 17 or newer, as the build requires. */
  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  private static Result npcwh(Path javaHome, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/npcwh").toString()));
    command.addAll(List.of(args));
    return run(command, Map.of("PATH", tools.toString(), "JAVA_HOME", javaHome.toString(),
        "HOME", dir.toString(), "NPCWH_PII_KEY", "key-for-the-end-to-end-tests-only"));
  }

  private static Path which(String tool) {
    for (String entry : System.getenv("PATH").split(":")) {
      Path candidate = Path.of(entry, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(tool + " is not on the PATH of the build");
  }

  private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    int exit = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
    return new Result(exit, Files.readString(out), Files.readString(err));
  }

  record Result(int exit, String out, String err) {}
}
