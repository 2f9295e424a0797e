package org.sitrep.core;

/**
 * A date expression found in an article.
 *
 * @param value ISO-8601, possibly partial ("2014-11-12", "2014-10", "2014-SU", "2014-Q3", "XXXX-11-12" when the
 *              year is unknown), or {@code null} when the words name no calendar date
 * @param caption the caption number the span is an offset into, {@code null} when it is into the article's text
 */
public record DateExpression(Span span, String text, String value, Integer caption) {

    /** A date expression in the article's text. */
    public DateExpression(Span span, String text, String value) {
        this(span, text, value, null);
    }

    /**
     * How precisely the value gives the date; {@code null} when there is no value, or when it has none of the forms
     * {@link DatePrecision#of} knows (the words of an article can make odd values, and an odd value must not stop an export).
     */
    public DatePrecision precision() {
        return value == null ? null : DatePrecision.find(value).orElse(null);
    }
}
