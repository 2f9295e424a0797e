/**
 * The record of truth: articles and their facts in SQLite (WAL, foreign keys, numbered migrations), one article's
 * facts replaced in one transaction. The only package that uses JDBC.
 */
package org.sitrep.store;
