package org.npcwh.pull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Source definition files for the tests, and pulls run with the test credentials. */
final class Definitions {
  static final String USER_VARIABLE = "NPCWH_TEST_SOURCE_USER";
  static final String PASSWORD_VARIABLE = "NPCWH_TEST_SOURCE_PASSWORD";
  static final Map<String, String> ENV = Map.of(USER_VARIABLE, TestDatabase.USER,
      PASSWORD_VARIABLE, TestDatabase.PASSWORD);

  private Definitions() {}

  /** Writes {@code <dir>/<source>.json} with the given URL and {@code "datasets": {datasetsJson}}. */
  static Path write(Path dir, String source, String url, String datasetsJson, String... extraSettings)
      throws IOException {
    String extra = extraSettings.length == 0 ? "" : String.join(",\n  ", extraSettings) + ",\n  ";
    String json = "{\n  \"jdbc_url\": \"" + url + "\",\n  \"user_env\": \"" + USER_VARIABLE
        + "\",\n  \"password_env\": \"" + PASSWORD_VARIABLE + "\",\n  " + extra
        + "\"datasets\": {" + datasetsJson + "}\n}\n";
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(source + ".json"), json);
  }

  /** A pull that records its progress lines. */
  record Run(PullReport report, List<String> progress) {}

  static Run pull(Path definition, Path landing) {
    return pull(definition, landing, ENV, line -> { });
  }

  static Run pull(Path definition, Path landing, Map<String, String> env, Consumer<String> alsoProgress) {
    List<String> lines = new ArrayList<>();
    PullReport report = new PullJob(new PullSettings(definition, landing, env), line -> {
      lines.add(line);
      alsoProgress.accept(line);
    }).run();
    return new Run(report, lines);
  }
}
