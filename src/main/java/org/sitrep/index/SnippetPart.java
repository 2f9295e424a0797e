package org.sitrep.index;

/** A piece of a search snippet: plain text, and whether it matched the query. */
public record SnippetPart(String text, boolean match) {
}
