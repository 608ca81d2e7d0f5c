package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.ingest.pii.PersonalData;

/**
 * Byte-level proof that no phone, ID number or e-mail address a resident typed reaches the warehouse in
 * clear: every number of {@code PersonalDataTest/corpus.txt} is delivered in the free text of messages,
 * opinions and suggestions (accepted and set-aside rows, CSV and JSON Lines, a rejected header), the real
 * {@link IngestJob} runs, then every string of every Parquet file is read back with DuckDB (an
 * independent reader, decompressed) and every file's bytes are searched.
 */
class PersonalDataLeakTest {
  private static final String TS = "2024-03-01 10:00:00";
  private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{10,}");
  private static final Pattern MAIL_LOCAL_PART = Pattern.compile("([A-Za-z0-9_%+]{2,})@");

  @TempDir
  static Path temp;
  static TestWarehouse warehouse;
  static final List<String> typed = new ArrayList<>();
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void ingest() throws IOException {
    typed.addAll(maskedCorpusInputs());
    TestLanding landing = new TestLanding(temp.resolve("landing"));
    StringBuilder messages = new StringBuilder("message_id,platform_id,submitted_at,citizen_name,citizen_phone,"
        + "category,content,deputy_id,responded_at,letter_id,status,updated_at\n");
    StringBuilder opinions = new StringBuilder("opinion_id,draft_id,platform_id,submitted_on,article,opinion_text,"
        + "adoption,decided_on,updated_at\n");
    StringBuilder suggestions = new StringBuilder("suggestion_id,session,lead_deputy_id,cosigner_count,title,"
        + "category,submitted_on,assigned_on,lead_department_code,co_department_codes,is_key,extended,updated_at\n");
    for (int i = 0; i < typed.size(); i++) {
      String text = csv(typed.get(i));
      messages.append("M").append(i).append(",,").append(TS).append(",张三,").append(text).append(',').append(text)
          .append(',').append(csv("留言：" + typed.get(i))).append(",,,,OPEN,").append(TS).append('\n');
      opinions.append("O").append(i).append(",,,2024-03-01,").append(text).append(',').append(text)
          .append(",PENDING,,").append(TS).append('\n');
      suggestions.append("S").append(i).append(",7-3,,0,").append(text).append(',').append(text)
          .append(",2024-03-01,,,,true,false,").append(TS).append('\n');
    }
    messages.append("MBAD,,").append(TS).append(",张三,13800138000,,投诉,,,,张三13800138000,").append(TS).append('\n')
        .append("MBROKEN,13700137000,只有三个字段\n");
    opinions.append("OBAD,13600136000,,2024-03-01,,意见,PENDING,,").append(TS).append('\n');
    suggestions.append("SBAD,7-3,,0,标题,,2024-03-01,,,,13500135000,false,").append(TS).append('\n');
    landing.batch("messages", "m1").file("messages.csv", messages.toString(), typed.size() + 2L).writeManifest();
    landing.batch("messages", "m2").format("jsonl").file("messages.jsonl",
        "{\"message_id\":\"J1\",\"updated_at\":\"" + TS + "\",\"content\":\"请回电+86 139 1234 5670\"}\n"
            + "{\"message_id\":\"J2\",\"updated_at\":\"" + TS + "\",\"备注13200132000\":\"x\"}\n", 2).writeManifest();
    landing.batch("opinions", "o1").file("opinions.csv", opinions.toString(), typed.size() + 1L).writeManifest();
    landing.batch("suggestions", "s1").file("suggestions.csv", suggestions.toString(), typed.size() + 1L)
        .writeManifest();
    landing.batch("livelihood_projects", "l1").file("livelihood_projects.csv",
        "project_id,联系13300133000\nP1,x\n", 1).writeManifest();
    typed.addAll(List.of("13800138000", "13700137000", "13600136000", "13500135000", "13200132000",
        "13300133000", "+86 139 1234 5670"));
    warehouse = new TestWarehouse(temp.resolve("wh"));
    new IngestJob(new IngestSettings(landing.root, warehouse.root, TestLanding.KEY), progress::add).run();
  }

  @Test
  void noNumberOrAddressIsInClearInAnyStringOfAnyParquetFile() throws SQLException {
    Set<String> needles = needles();
    assertThat(needles).hasSizeGreaterThan(25);
    List<String> values = parquetStrings();
    assertThat(values).hasSizeGreaterThan(1_000);
    for (String value : values) {
      String stored = canonical(value);
      assertThat(needles).noneMatch(stored::contains);
    }
  }

  @Test
  void noNumberOrAddressIsInTheBytesOfAnyFileOrInTheLog() {
    Set<String> needles = needles();
    Map<String, byte[]> files = warehouse.allFiles();
    assertThat(files).hasSizeGreaterThan(10);
    files.forEach((name, bytes) -> {
      String text = canonical(new String(bytes, StandardCharsets.UTF_8));
      assertThat(needles).as(name).noneMatch(text::contains);
    });
    assertThat(needles).noneMatch(canonical(String.join("\n", progress))::contains);
  }

  @Test
  void reasonsNeverQuoteAPersonalDatasetsValueAndMaskTheOthers() {
    assertThat(warehouse.setAside(SourceDataset.MESSAGES, "m1")).extracting(r -> r.get("reason"))
        .contains("status (personal data, not shown) is not one of CLOSED, FORWARDED, OPEN, RESPONDED",
            "the record has 3 fields but the header has 12 (raw text withheld: the record may hold personal"
                + " data that cannot be masked)");
    assertThat(warehouse.setAside(SourceDataset.OPINIONS, "o1")).extracting(r -> r.get("reason"))
        .containsExactly("draft_id (personal data, not shown) holds a phone number, ID number or e-mail address,"
            + " which no identifier or code of the contract does");
    assertThat(warehouse.setAside(SourceDataset.SUGGESTIONS, "s1")).extracting(r -> r.get("reason"))
        .containsExactly("is_key \"135******00\" is not a boolean (true or false)");
    assertThat(warehouse.rejection("livelihood_projects", "l1")).extracting(r -> r.get("reason"))
        .singleElement().asString().contains("has unknown columns 联系133******00");
  }

  @Test
  void freeTextStaysReadableWithItsNumbersMasked() {
    Map<String, Object> first = warehouse.data(SourceDataset.MESSAGES, "m1").stream()
        .filter(r -> "M0".equals(r.get("message_id"))).findFirst().orElseThrow();
    assertThat(first).containsEntry("category", PersonalData.maskNumbers(typed.get(0)))
        .containsEntry("content", "留言：" + PersonalData.maskNumbers(typed.get(0)));
  }

  /** Every string (and every other value, as text) of every Parquet file under the warehouse. */
  private static List<String> parquetStrings() throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Stream<Path> paths = Files.walk(warehouse.root)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".parquet")).toList()) {
        try (PreparedStatement select = duckdb.prepareStatement("SELECT * FROM read_parquet(?)")) {
          select.setString(1, file.toString());
          try (ResultSet rows = select.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
              for (int c = 1; c <= columns; c++) {
                values.add(String.valueOf(rows.getString(c)));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return values;
  }

  /**
   * What must never be found: the last 10 digits of every long number typed (so a number stored without
   * its +86 is still caught) and the local part of every e-mail address, in canonical form.
   */
  private static Set<String> needles() {
    Set<String> needles = new LinkedHashSet<>();
    for (String text : typed) {
      String canonical = canonical(text);
      Matcher number = LONG_NUMBER.matcher(canonical);
      while (number.find()) {
        needles.add(number.group().substring(number.group().length() - 10));
      }
      Matcher mail = MAIL_LOCAL_PART.matcher(canonical);
      while (mail.find()) {
        needles.add(mail.group());
      }
    }
    return needles;
  }

  /** Full-width folded, separators people put inside numbers and addresses removed. */
  private static String canonical(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
      if (" .-()+\u3000\u2014".indexOf(folded) < 0) {
        out.append(folded);
      }
    }
    return out.toString();
  }

  /** The corpus's inputs whose expected output differs (the figures that must survive are not personal data). */
  private static List<String> maskedCorpusInputs() throws IOException {
    try (InputStream in = PersonalDataLeakTest.class.getResourceAsStream("/PersonalDataTest/corpus.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split(" => ", 2))
          .filter(testCase -> !testCase[0].equals(testCase[1]))
          .map(testCase -> testCase[0])
          .toList();
    }
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
