/**
 * The record of truth: articles and their facts in SQLite (WAL, foreign keys, numbered migrations), one article's
 * facts replaced in one transaction, each story stored once (addresses compared without tracking parameters or AMP
 * variants, other outlets' word-for-word copies listed with the article, near-duplicates linked as versions). The only
 * package that uses JDBC.
 */
package org.sitrep.store;
