package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void passwordsInUrlsAreMasked() {
    assertThat(Redactor.maskUrl("jdbc:postgresql://h:5432/db?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=****&ssl=true");
    assertThat(Redactor.maskUrl("jdbc:mysql://u:s3cret@h:3306/db")).isEqualTo("jdbc:mysql://u:****@h:3306/db");
    assertThat(Redactor.maskUrl("jdbc:sqlserver://h;user=u;Password=x1")).isEqualTo("jdbc:sqlserver://h;user=u;Password=****");
    assertThat(Redactor.hasEmbeddedCredentials("jdbc:postgresql://h/db?sslmode=require")).isFalse();
    assertThat(Redactor.hasEmbeddedCredentials("jdbc:postgresql://h/db?PASSWORD=x")).isTrue();
  }

  @Test
  void theSecretIsMaskedWherever() {
    assertThat(new Redactor("p@ss 口令").scrub("FATAL: bad p@ss 口令 for user x")).isEqualTo("FATAL: bad **** for user x");
    assertThat(new Redactor((String) null).scrub(null)).isEmpty();
  }
}
