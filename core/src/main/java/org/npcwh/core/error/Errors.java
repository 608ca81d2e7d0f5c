package org.npcwh.core.error;

import java.nio.file.Path;

/**
 * The one place where user-facing errors are worded. Each says what went wrong, why, and what to
 * do about it. Stage modules add their own factory methods here rather than composing messages
 * where they throw.
 */
public final class Errors {
  private Errors() {}

  /** Input the user can fix: a path, a landing zone, a manifest, a configuration value. */
  public static UserException badInput(String what, String why, String todo) {
    return new UserException(ExitCode.BAD_INPUT, what, why, todo, null);
  }

  public static UserException badInput(String what, String why, String todo, Throwable cause) {
    return new UserException(ExitCode.BAD_INPUT, what, why, todo, cause);
  }

  public static UserException checksFailed(String what, String why, String todo) {
    return new UserException(ExitCode.CHECKS_FAILED, what, why, todo, null);
  }

  public static UserException noSuchDirectory(String role, Path path) {
    return badInput("The " + role + " " + path + " cannot be used",
        "it does not exist or is not a directory",
        "Check the path (relative paths are resolved from " + Path.of("").toAbsolutePath() + ")");
  }

  public static UserException unreadable(Path path, Throwable cause) {
    return badInput("Cannot read " + path,
        cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
        "Check that the file exists and that this user may read it, then run again", cause);
  }

  public static UserException unwritable(Path path, Throwable cause) {
    return badInput("Cannot write under " + path,
        cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
        "Check that the warehouse directory is writable and the disk is not full, then run again", cause);
  }

  public static UserException missingPiiKey(String variable) {
    return badInput("No pseudonymisation key is configured",
        "residents' names and phone numbers are replaced by a keyed hash, and the key is read from the"
            + " environment variable " + variable + ", which is unset or shorter than 16 characters",
        "Set " + variable + " to a secret of at least 16 characters (keep it out of version control;"
            + " the same key must be used for every run, or pseudonyms will not match across runs)");
  }
}
