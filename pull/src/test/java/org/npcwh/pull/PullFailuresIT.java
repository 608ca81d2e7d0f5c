package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;

/**
 * What an operator sees when a source cannot be pulled: a message naming the source (and the
 * dataset), the exit code, and never the password (neither in the message nor in the progress
 * lines, the batches or the state). Nothing is written into the landing zone.
 */
class PullFailuresIT {
  private static final String WRONG_PASSWORD = "Wr0ng-but-secret-密码";
  private static final String GOOD_DATASETS = """
      "regions": {"table": "region"}, "letters": {"table": "letters"}""";

  @TempDir static Path dir;
  private static TestDatabase db;
  private final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void source() {
    db = TestDatabase.create();
    db.execute("CREATE TABLE region (region_code text PRIMARY KEY, name text, level text, parent_code text)",
        "INSERT INTO region VALUES ('440300', '深圳市', 'DISTRICT', NULL)",
        "CREATE TABLE letters (letter_id text PRIMARY KEY, deputy_id text, department_code text, message_id text,"
            + " sent_at timestamp, answered_at timestamp, satisfaction text, updated_at timestamp NOT NULL)");
  }

  @Test
  void aWrongPortNamesTheSourceAndTheMaskedUrl() throws Exception {
    UserException e = fails("jdbc:postgresql://localhost:1/" + db.name(), GOOD_DATASETS, Definitions.ENV);
    assertThat(e.exitCode()).isEqualTo(ExitCode.SOURCE);
    assertThat(e.getMessage()).startsWith("Cannot connect to source 'liaison' at jdbc:postgresql://localhost:1/")
        .contains("Check jdbc_url");
  }

  @Test
  void anUnknownDatabaseIsSaidToNotExist() throws Exception {
    UserException e = fails("jdbc:postgresql://localhost:" + db.port() + "/no_such_db", GOOD_DATASETS,
        Definitions.ENV);
    assertThat(e.exitCode()).isEqualTo(ExitCode.SOURCE);
    assertThat(e.getMessage()).contains("source 'liaison'", "the database does not exist");
  }

  @Test
  void aWrongPasswordIsARejectedLoginAndIsNeverShown() throws Exception {
    UserException e = fails(db.url(), GOOD_DATASETS, Map.of(Definitions.USER_VARIABLE, TestDatabase.USER,
        Definitions.PASSWORD_VARIABLE, WRONG_PASSWORD));
    assertThat(e.exitCode()).isEqualTo(ExitCode.SOURCE);
    assertThat(e.getMessage()).startsWith("Source 'liaison' rejected the login of user 'puller'")
        .contains("password authentication failed").doesNotContain(WRONG_PASSWORD);
    assertThat(String.join("\n", progress)).doesNotContain(WRONG_PASSWORD);
  }

  @Test
  void aMissingTableNamesSourceAndDatasetAndNothingIsWrittenForTheSource() throws Exception {
    UserException e = fails(db.url(), """
        "regions": {"table": "region"}, "letters": {"table": "letter_archive"}""", Definitions.ENV);
    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(e.getMessage()).startsWith("Source 'liaison', dataset letters: cannot be pulled")
        .contains("the table letter_archive cannot be read", "relation \"letter_archive\" does not exist",
            "nothing was written for this source");
  }

  @Test
  void aMissingColumnNamesTheColumnAndWhatTheTableHas() throws Exception {
    UserException e = fails(db.url(), """
        "letters": {"table": "letters", "columns": {"satisfaction": "rating"}}""", Definitions.ENV);
    assertThat(e.getMessage()).startsWith("Source 'liaison', dataset letters: cannot be pulled")
        .contains("has no column rating (the field satisfaction; it has letter_id, deputy_id");
  }

  @Test
  void aWatermarkColumnThatIsNotATimestampIsNamed() throws Exception {
    UserException e = fails(db.url(), """
        "letters": {"table": "letters", "updated_at_column": "deputy_id"}""", Definitions.ENV);
    assertThat(e.getMessage()).contains("dataset letters", "the updated_at column deputy_id is of type text;"
        + " incremental pulls need a timestamp column");
  }

  @Test
  void aUrlWithoutDriverSaysWhichDriverToAdd() throws Exception {
    UserException e = fails("jdbc:mysql://localhost:3306/liaison", GOOD_DATASETS, Definitions.ENV);
    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(e.getMessage()).startsWith("Source 'liaison': no JDBC driver accepts the URL jdbc:mysql:")
        .contains("Connector/J");
  }

  @Test
  void anUnsetPasswordVariableIsNamed() throws Exception {
    UserException e = fails(db.url(), GOOD_DATASETS, Map.of(Definitions.USER_VARIABLE, TestDatabase.USER));
    assertThat(e.getMessage()).startsWith("No credentials for source 'liaison'")
        .contains("the environment variable " + Definitions.PASSWORD_VARIABLE);
  }

  @Test
  void aSecretsFileOutsideTheRepositoryProvidesTheLogin() throws Exception {
    Files.createDirectories(dir.resolve("secrets"));
    Files.createDirectories(dir.resolve("with-secrets"));
    Path secrets = Files.writeString(dir.resolve("secrets/liaison.secrets"),
        "user=" + TestDatabase.USER + "\npassword=" + TestDatabase.PASSWORD + "\n");
    Path definition = Files.writeString(dir.resolve("with-secrets/liaison.json"), "{\"jdbc_url\": \"" + db.url()
        + "\", \"secrets_file\": \"" + secrets + "\", \"datasets\": {" + GOOD_DATASETS + "}}");
    Path landing = dir.resolve("landing-secrets");

    PullReport report = Definitions.pull(definition, landing, Map.of(), progress::add).report();

    assertThat(report.batchesWritten()).isEqualTo(1);
    assertThat(progress).anyMatch(line -> line.contains("as puller"));
    assertThat(landingText(landing)).doesNotContain(TestDatabase.PASSWORD).contains("深圳市");
    assertThat(String.join("\n", progress) + report.summary()).doesNotContain(TestDatabase.PASSWORD);
  }

  private UserException fails(String url, String datasets, Map<String, String> env) throws Exception {
    Path sources = Files.createTempDirectory(dir, "sources");
    Path definition = Definitions.write(sources, "liaison", url, datasets);
    Path landing = sources.resolve("landing");
    UserException e = catchThrowableOfType(UserException.class,
        () -> Definitions.pull(definition, landing, env, progress::add));
    assertThat(e).as("the pull fails with a user error").isNotNull();
    assertThat(e.getMessage()).doesNotContain(TestDatabase.PASSWORD);
    assertThat(e.getCause()).as("no driver exception (and its message) travels along").isNull();
    assertThat(String.join("\n", progress)).doesNotContain(TestDatabase.PASSWORD);
    try (Stream<Path> entries = Files.exists(landing) ? Files.list(landing) : Stream.empty()) {
      assertThat(entries.map(p -> p.getFileName().toString())).as("no batch in the landing zone")
          .allMatch(name -> name.equals(".pull-state"));
    }
    return e;
  }

  /** Every file the pull wrote, as one text. */
  private static String landingText(Path landing) throws Exception {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(landing)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(Files.readString(file));
      }
    }
    return text.toString();
  }
}
