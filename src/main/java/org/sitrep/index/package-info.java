/**
 * Full-text search over stored articles (Apache Lucene): query syntax, highlighted snippets, outlet and date filters.
 * The index can always be rebuilt from the store. The only package that imports Lucene.
 */
package org.sitrep.index;
