package org.sitrep.core;

/** A sentence of the clean text: its position and the index of its first token. */
public record Sentence(Span span, int firstToken, int tokenCount) {
}
