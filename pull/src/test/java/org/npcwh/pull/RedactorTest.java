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

  @Test
  void aShortPasswordIsMaskedOnlyWhereItStandsAsTheSecret() {
    Redactor redactor = new Redactor("p");
    assertThat(redactor.scrub("The server is not accepting connections (p)"))
        .isEqualTo("The server is not accepting connections (****)");
    assertThat(redactor.scrub("password=p; user 'u' with password 'p' rejected, port 5432"))
        .isEqualTo("password=****; user 'u' with password '****' rejected, port 5432");
  }

  @Test
  void theRealPasswordInAUrlOrQuotedByTheDriverIsMasked() {
    Redactor redactor = new Redactor("Xy7-密码");
    assertThat(redactor.scrub("cannot connect to jdbc:postgresql://db:5432/liaison?user=etl&password=Xy7-密码&ssl=1"))
        .isEqualTo("cannot connect to jdbc:postgresql://db:5432/liaison?user=etl&password=****&ssl=1");
    assertThat(redactor.scrub("jdbc:mysql://etl:Xy7-密码@db/liaison refused; secret was \"Xy7-密码\""))
        .isEqualTo("jdbc:mysql://etl:****@db/liaison refused; secret was \"****\"");
    assertThat(redactor.scrub("Xy7-密码s are not Xy7-密码")).isEqualTo("Xy7-密码s are not ****");
  }
}
