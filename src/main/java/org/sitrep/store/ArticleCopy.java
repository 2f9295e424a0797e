package org.sitrep.store;

/**
 * An address where a stored article was found: its own, or that of an outlet that published it word for word.
 *
 * @param seenAt when it was first stored, ISO-8601
 */
public record ArticleCopy(String url, String outlet, String seenAt) {
}
