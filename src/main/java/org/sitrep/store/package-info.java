/**
 * The record of truth: articles and their facts in SQLite (WAL, foreign keys, numbered migrations) or, for a team,
 * in a PostgreSQL database that several processes write at once; one article's facts replaced in one transaction.
 * The only package that uses JDBC; what differs between the two databases is in {@link org.sitrep.store.SqlDialect}.
 */
package org.sitrep.store;
