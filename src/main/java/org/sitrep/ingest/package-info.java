/**
 * Reading inputs: files and folders of text, HTML (also gzipped) and CSV, turned into {@link org.sitrep.core.RawPage}s,
 * with a clear problem reported for each input that cannot be read while the rest go on.
 */
package org.sitrep.ingest;
