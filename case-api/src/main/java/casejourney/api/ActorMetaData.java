package casejourney.api;

/**
 * Metadata keys that every command carries and every event inherits, so that each stored event says
 * who caused it. The subject is the sign-in identity (the token's {@code sub}), never a name.
 */
public final class ActorMetaData {
  /** The actor's sign-in subject. */
  public static final String SUBJECT = "actorSub";

  /** The {@link ActorRole} the actor acted in. */
  public static final String ROLE = "actorRole";

  /** A client-supplied id that makes retries safe. */
  public static final String COMMAND_ID = "commandId";

  private ActorMetaData() {}
}
