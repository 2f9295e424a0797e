/** Shared records that every pipeline stage may use: articles, spans, mentions, dates, and the error hierarchy. */
package org.sitrep.core;
