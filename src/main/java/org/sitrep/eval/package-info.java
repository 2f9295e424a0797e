/**
 * Measuring Sitrep against gold data made by others: readers for each benchmark's format and scorers that print
 * one figure per line, beside the figures of the tools we compete with where they can run in the same process.
 */
package org.sitrep.eval;
