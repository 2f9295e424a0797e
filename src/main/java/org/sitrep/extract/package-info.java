/**
 * Extraction: from a raw page to an {@link org.sitrep.core.Article} (title, byline, date, outlet, captions,
 * body paragraphs), with page chrome left out. The only package that imports jsoup.
 */
package org.sitrep.extract;
