package org.sitrep.core;

/** A named-entity mention: where it stands in the article text, what it says, and its type. */
public record Mention(Span span, String text, EntityType type) {
    /** The mention of the words {@code span} covers in {@code articleText}, typed {@code type}. */
    public static Mention at(String articleText, Span span, EntityType type) {
        return new Mention(span, span.of(articleText), type);
    }

    /** This mention, the same words at the same place, typed {@code other}. */
    public Mention withType(EntityType other) {
        return new Mention(span, text, other);
    }
}
