package org.sitrep.core;

/** What the bytes of a {@link RawPage} hold. */
public enum ContentType {
    /** An HTML page, as fetched or saved. */
    HTML,
    /** Text scraped from a page, page chrome and all. */
    PAGE_TEXT,
    /** An article body already separated from its page (a CSV row); paragraphs are separated by line breaks. */
    BODY_TEXT
}
