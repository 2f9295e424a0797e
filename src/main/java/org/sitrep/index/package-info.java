/**
 * Full-text search over stored articles (Apache Lucene): queries read for people (punctuation, hyphenated names, known
 * entities' other spellings, named fields), highlighted snippets and headlines, facet counts and filters, bounds on
 * expensive queries. The index can always be rebuilt from the store. The only package that imports Lucene.
 */
package org.sitrep.index;
