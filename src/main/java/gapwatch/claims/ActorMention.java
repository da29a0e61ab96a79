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
 */
record ActorMention(
    String canonical, ActorTable.Kind kind, int start, int end, String surface, boolean demonym) {}
