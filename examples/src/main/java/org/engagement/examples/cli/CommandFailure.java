package org.engagement.examples.cli;

/**
 * A user error a command reports on standard error, without a stack trace, with its exit code.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Returns a failure.
   *
   * @param exitCode one of {@link EngagementCommand}'s exit codes
   * @param message what went wrong, for people, not blank
   */
  CommandFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /**
   * The exit code.
   *
   * @return the code the program exits with
   */
  int exitCode() {
    return exitCode;
  }
}
