package org.sitrep.core;

/**
 * A date expression found in an article.
 *
 * @param value ISO-8601, possibly partial ("2014-11-12", "2014-10", "2014-SU", "XXXX-11-12" when the
 *              year is unknown), or {@code null} when the words name no calendar date
 */
public record DateExpression(Span span, String text, String value) {
}
