package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;

/** Problems the user must fix come back as one-paragraph UserExceptions, before anything is written. */
class IngestJobErrorsTest {
  @TempDir
  Path temp;

  private static UserException failure(IngestSettings settings) {
    try {
      new IngestJob(settings, line -> { }).run();
    } catch (UserException e) {
      return e;
    }
    throw new AssertionError("no UserException for " + settings);
  }

  @Test
  void landingThatDoesNotExistOrIsAFile() throws Exception {
    UserException missing = failure(new IngestSettings(temp.resolve("nope"), temp.resolve("wh"), TestLanding.KEY));
    assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.getMessage()).contains("landing zone", "nope", "does not exist or is not a directory");
    Path file = Files.writeString(temp.resolve("file"), "x");
    assertThat(failure(new IngestSettings(file, temp.resolve("wh"), TestLanding.KEY)).getMessage())
        .contains("is not a directory");
    assertThat(temp.resolve("wh")).doesNotExist();
  }

  @Test
  void warehouseThatCannotBeWritten() throws Exception {
    Files.createDirectories(temp.resolve("landing").resolve("regions"));
    Path notADirectory = Files.writeString(temp.resolve("wh"), "a file where the warehouse should be");
    UserException e = failure(new IngestSettings(temp.resolve("landing"), notADirectory, TestLanding.KEY));
    assertThat(e.getMessage()).startsWith("Cannot write under " + notADirectory)
        .contains("Check that the warehouse directory is writable");
  }

  @Test
  void missingOrShortKeyNamesTheVariable() throws Exception {
    Files.createDirectories(temp.resolve("landing"));
    assertThatThrownBy(() -> new IngestJob(new IngestSettings(temp.resolve("landing"), temp.resolve("wh"), null),
        line -> { }).run()).isInstanceOf(UserException.class).hasMessageContaining("NPCWH_PII_KEY");
    assertThatThrownBy(() -> new IngestJob(new IngestSettings(temp.resolve("landing"), temp.resolve("wh"),
        "short".getBytes()), line -> { }).run()).isInstanceOf(UserException.class);
    assertThat(temp.resolve("wh")).doesNotExist();
  }

  @Test
  void landingWithoutAnyDatasetFolderNamesWhatItHoldsAndWhatIsExpected() throws Exception {
    Files.createDirectories(temp.resolve("etc").resolve("ssh"));
    Files.createDirectories(temp.resolve("etc").resolve("mesages"));
    Files.createDirectories(temp.resolve("etc").resolve("_old").resolve("regions"));
    UserException e = failure(new IngestSettings(temp.resolve("etc"), temp.resolve("wh"), TestLanding.KEY));
    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(e.getMessage()).startsWith("The landing zone " + temp.resolve("etc") + " holds no dataset folder")
        .contains("its folders (mesages, ssh) are none of them", "one of regions, departments, platforms, platform_coverage, deputies",
            "Check --landing");
    assertThat(temp.resolve("wh")).doesNotExist();
  }

  @Test
  void emptyLandingIsABadInputToo() throws Exception {
    Files.createDirectories(temp.resolve("landing"));
    UserException e = failure(new IngestSettings(temp.resolve("landing"), temp.resolve("wh"), TestLanding.KEY));
    assertThat(e.getMessage()).contains("it holds no folder at all");
    assertThat(temp.resolve("wh")).doesNotExist();
  }

  @Test
  void misspeltFolderNamesGetTheNearestDatasetName() {
    assertThat(LandingFolders.nearestDataset("mesages")).contains("messages");
    assertThat(LandingFolders.nearestDataset("Messages")).contains("messages");
    assertThat(LandingFolders.nearestDataset("duty-roster")).contains("duty_roster");
    assertThat(LandingFolders.nearestDataset("suggestion")).contains("suggestions");
    assertThat(LandingFolders.nearestDataset("ssh")).isEmpty();
    assertThat(LandingFolders.nearestDataset("citizens")).isEmpty();
    assertThat(LandingFolders.described("regoins")).isEqualTo("regoins (did you mean regions?)");
  }
}
