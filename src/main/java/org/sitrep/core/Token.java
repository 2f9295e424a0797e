package org.sitrep.core;

/** A token of the clean text with its position. */
public record Token(Span span, String text) {
}
