package gapwatch.cli;

/**
 * A configuration file that cannot be used; the message names the file, the key and the problem.
 */
final class SettingsException extends Exception {
  private static final long serialVersionUID = 1L;

  SettingsException(String message) {
    super(message);
  }

  SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
