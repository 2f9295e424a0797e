/**
 * Extraction: from a raw page to an {@link org.sitrep.core.Article} (title, byline, date, outlet, captions,
 * body paragraphs), with page chrome left out; and from a feed or sitemap to its items. The only package that
 * imports jsoup, Rome and JDOM.
 */
package org.sitrep.extract;
