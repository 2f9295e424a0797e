/** The command line (picocli): the commands and options of {@code shared/EXPORT.md}. The only package that imports picocli. */
package org.sitrep.cli;
