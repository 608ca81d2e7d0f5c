package org.npcwh.core.error;

/**
 * An error the user can act on. Its message says what went wrong, why, and what to do; the
 * command line prints it as one paragraph without a stack trace (unless {@code --verbose}).
 * Create them through {@link Errors} so the wording stays in one place.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  UserException(ExitCode exitCode, String what, String why, String todo, Throwable cause) {
    super(what + ": " + why + ". " + todo, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
