package casejourney.api.personal;

/**
 * The key store could not be asked (the database is down or unreachable). Unlike a key that is
 * missing or does not open a value, this says nothing about the event: a reader should stop and try
 * again later, not set the event aside.
 */
public class KeysUnavailableException extends IllegalStateException {

  public KeysUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether {@code failure} was caused, at any depth, by the key store being unavailable. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof KeysUnavailableException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
