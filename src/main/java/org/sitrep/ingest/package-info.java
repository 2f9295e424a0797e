/**
 * Reading inputs: files and folders of text, HTML (also gzipped), CSV and web archives (WARC, through jwarc), and pages and feeds fetched over HTTP by a
 * guarded, polite crawler (public addresses only unless allowed, robots.txt, a delay per host, one deadline per
 * fetch), turned into {@link org.sitrep.core.RawPage}s, with a clear problem reported for each input that cannot be
 * read while the rest go on.
 */
package org.sitrep.ingest;
