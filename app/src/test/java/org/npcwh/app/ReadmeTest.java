package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.ExitCode;

/**
 * The README's facts that code defines: its exit-code list against {@link ExitCode}, its module list
 * against the root POM, its spark-submit line against the jar the {@code spark-submit} profile builds.
 * Documentation that drifts from the code fails here instead of misleading an operator.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

  @Test
  void theExitCodeListHoldsEveryCodeOfTheEnumWithItsMeaningAndNoOther() throws IOException {
    Map<Integer, String> listed = exitCodeList(section("Exit codes"));

    assertThat(listed.keySet()).as("codes in the README's exit-code list")
        .containsExactlyElementsOf(Arrays.stream(ExitCode.values()).map(ExitCode::code).sorted().toList());
    for (ExitCode code : ExitCode.values()) {
      assertThat(words(listed.get(code.code()))).as("README's meaning of exit %d (%s)", code.code(), code.meaning())
          .containsAll(keyWords(code.meaning()));
    }
  }

  @Test
  void theModuleListNamesEveryModuleOfTheRootPom() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    List<String> modules = Pattern.compile("<module>([^<]+)</module>").matcher(pom).results()
        .map(m -> m.group(1)).toList();
    String section = section("Architecture");
    String list = section.substring(section.indexOf("Modules:"));

    assertThat(modules).isNotEmpty().allSatisfy(module -> assertThat(list).contains("`" + module + "`"));
  }

  @Test
  void theSparkSubmitExampleRunsTheThinJarTheBuildMakes() throws IOException {
    String appPom = Files.readString(ROOT.resolve("app/pom.xml"));
    Matcher name = Pattern.compile("<id>spark-submit-jar</id>[\\s\\S]*?<finalName>([^<]+)</finalName>").matcher(appPom);
    assertThat(name.find()).as("the assembly of the thin spark-submit jar names its jar").isTrue();
    String example = section("Running Spark on a cluster").replace("\\\n", " ").replaceAll("\\s+", " ");

    assertThat(example).containsPattern(Pattern.quote("spark-submit\" --master spark://") + "\\S+ "
        + Pattern.quote("--class " + Npcwh.class.getName() + " app/target/" + name.group(1) + ".jar transform -w ")
        + "\\S+ -p \\d{4}-\\d{2}");
  }

  /** The text of the README's {@code ## title} section, up to the next {@code ## } heading. */
  private static String section(String title) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## " + title + "\n");
    assertThat(start).as("README has a section '%s'", title).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** {@code `0` success · `1` internal error …}: the first paragraph's items, by code. */
  private static Map<Integer, String> exitCodeList(String section) {
    String paragraph = section.strip().split("\n\n")[1].replace('\n', ' ');
    Map<Integer, String> codes = new TreeMap<>();
    for (String item : paragraph.split("·")) {
      Matcher m = Pattern.compile("^`(\\d+)`\\s+(.+)$").matcher(item.strip());
      assertThat(m.matches()).as("an item of the exit-code list: %s", item).isTrue();
      codes.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    return codes;
  }

  /** The words that say what a code means: its enum meaning up to the first ':' or '(', of four letters or more. */
  private static List<String> keyWords(String meaning) {
    String head = meaning.split("[:(]")[0];
    return words(head).stream().filter(w -> w.length() >= 4).toList();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")).filter(w -> !w.isEmpty()).toList();
  }
}
