package org.npcwh.app;

import java.nio.charset.StandardCharsets;
import org.npcwh.core.error.Errors;

/**
 * The key of the keyed hash that pseudonymises residents' names and phone numbers. It comes from
 * the environment, never from the repository; only the demo on the bundled synthetic sample uses a
 * fixed, public key.
 */
final class PiiKey {
  static final String VARIABLE = "NPCWH_PII_KEY";
  private static final int MIN_LENGTH = 16;
  private static final String DEMO_KEY = "npcwh-demo-key-for-the-synthetic-sample-only";

  private PiiKey() {}

  static byte[] fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static byte[] fromEnvironment(java.util.Map<String, String> environment) {
    String value = environment.get(VARIABLE);
    if (value == null || value.length() < MIN_LENGTH) {
      throw Errors.missingPiiKey(VARIABLE);
    }
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** The environment's key when set, otherwise the public demo key (synthetic data only). */
  static byte[] forDemo() {
    String value = System.getenv(VARIABLE);
    return (value != null && value.length() >= MIN_LENGTH ? value : DEMO_KEY).getBytes(StandardCharsets.UTF_8);
  }
}
