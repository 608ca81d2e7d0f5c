package org.npcwh.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.npcwh.core.contract.Pii;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;

class PersonalDataTest {

  private static final String ARROW = " => ";

  /** The cases of {@code PersonalDataTest/corpus.txt}: what a resident typed and what may be stored. */
  static Stream<Arguments> corpus() throws IOException {
    try (InputStream in = PersonalDataTest.class.getResourceAsStream("/PersonalDataTest/corpus.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> {
            int arrow = line.indexOf(ARROW);
            return Arguments.of(line.substring(0, arrow), line.substring(arrow + ARROW.length()));
          })
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void masksTheFormatsPeopleTypeAndNothingElse(String typed, String stored) {
    assertThat(PersonalData.maskNumbers(typed)).isEqualTo(stored);
  }

  @Test
  void theCorpusIsLargeAndMaskingIsIdempotent() throws IOException {
    List<Arguments> cases = corpus().toList();
    assertThat(cases).hasSizeGreaterThan(50);
    cases.forEach(c -> assertThat(PersonalData.maskNumbers((String) c.get()[1])).isEqualTo(c.get()[1]));
    assertThat(PersonalData.maskNumbers(null)).isNull();
  }

  /** A field of megabytes without an '@' once took minutes (the e-mail rule rescanned it from every character). */
  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aHugeFieldIsMaskedInOnePass() {
    String huge = "ab1.".repeat(500_000) + " 13912345678 x@mail.example.com";

    assertThat(PersonalData.maskNumbers(huge)).endsWith(" 139******78 x@mail.example.com")
        .startsWith("ab1.ab1.").hasSize(huge.length());
  }

  @Test
  void pseudonymIsTheHexHmacSha256OfTheValue() {
    PersonalData pii = PersonalData.withKey("key".repeat(6).getBytes(StandardCharsets.UTF_8), "K");
    // Independently computed: printf '陈小明' | openssl dgst -sha256 -hmac keykeykeykeykeykey
    assertThat(pii.protect(Pii.PSEUDONYMISE, "陈小明"))
        .isEqualTo("3080817851a13bbe137aebae4255a9da72cd3404c1a897416b93a37cff722791");
    assertThat(pii.protect(Pii.PSEUDONYMISE, null)).isNull();
    assertThat(pii.protect(Pii.NONE, "x")).isEqualTo("x");
    assertThat(pii.protect(Pii.MASK_NUMBERS, "tel 13812345678")).isEqualTo("tel 138******78");
  }

  @Test
  void missingOrShortKeyIsAUserError() {
    assertThatThrownBy(() -> PersonalData.withKey(null, "NPCWH_PII_KEY"))
        .isInstanceOf(UserException.class).hasMessageContaining("NPCWH_PII_KEY")
        .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT));
    assertThatThrownBy(() -> PersonalData.withKey(new byte[15], "NPCWH_PII_KEY")).isInstanceOf(UserException.class);
    assertThat(PersonalData.withKey(new byte[16], "NPCWH_PII_KEY")).isNotNull();
  }
}
