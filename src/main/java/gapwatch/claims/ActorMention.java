package gapwatch.claims;

/**
 * An actor named in a sentence.
 *
 * @param canonical the actor's canonical name
 * @param kind what the actor is
 * @param start offset of the mention's first character in the sentence
 * @param end offset just past the mention
 * @param surface the text as written
 * @param demonym whether it is an adjective form ("Chinese") rather than a name
 * @param open whether it is a name the table does not know ("Waymo"), taken as an actor only in the
 *     subject or object place of standing language
 */
record ActorMention(
    String canonical,
    ActorTable.Kind kind,
    int start,
    int end,
    String surface,
    boolean demonym,
    boolean open) {

  /** A mention from the alias table. */
  ActorMention(
      String canonical, ActorTable.Kind kind, int start, int end, String surface, boolean demonym) {
    this(canonical, kind, start, end, surface, demonym, false);
  }
}
