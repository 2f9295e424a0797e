/**
 * Runs the stages in order (ingest, extract, nlp, resolve, then store and index) over a batch of inputs, and
 * holds a data directory's store and index together. Sits after store/index and before web/cli.
 */
package org.sitrep.pipeline;
