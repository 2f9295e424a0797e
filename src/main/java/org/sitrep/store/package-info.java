/**
 * The record of truth: articles and their facts in SQLite (WAL, foreign keys, numbered migrations) or, for a team,
 * in a PostgreSQL database that several processes write at once; one article's facts replaced in one transaction;
 * each story stored once (addresses compared without tracking parameters or AMP variants, other outlets'
 * word-for-word copies listed with the article, near-duplicates linked as versions). The only package that uses
 * JDBC; what differs between the two databases is in {@link org.sitrep.store.SqlDialect}.
 */
package org.sitrep.store;
