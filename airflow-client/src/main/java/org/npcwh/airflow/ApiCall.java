package org.npcwh.airflow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.npcwh.core.error.UserException;

/**
 * One REST call and how to word its failures: {@code action} completes "Airflow refused to ...",
 * {@code missing} says what a 404 means for this call, {@code onConflict} words a 409 from
 * Airflow's detail. {@code repeatable} calls change nothing in Airflow when sent twice (reads, dry
 * runs, logins), so they are retried after a 5xx or a broken connection; the others (trigger,
 * backfill, clear) are sent once, since a lost answer may hide a change that did happen.
 */
record ApiCall(String method, String path, Object body, String action, String missing,
    Function<String, UserException> onConflict, boolean repeatable) {

  static ApiCall get(String path, String action, String missing) {
    return new ApiCall("GET", path, null, action, missing, null, true);
  }

  static ApiCall post(String path, Object body, String action, String missing,
      Function<String, UserException> onConflict) {
    return new ApiCall("POST", path, body, action, missing, onConflict, false);
  }

  /** A POST that changes nothing, such as a dry run. */
  static ApiCall postRepeatable(String path, Object body, String action, String missing,
      Function<String, UserException> onConflict) {
    return new ApiCall("POST", path, body, action, missing, onConflict, true);
  }

  /**
   * A path segment percent-encoded (RFC 3986: only unreserved characters stay), so run ids such as
   * {@code manual__2023-06-01T00:00:00+08:00} reach Airflow intact.
   */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
