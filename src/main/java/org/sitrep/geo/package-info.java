/**
 * Where: finds the place names of an article, resolves each to a gazetteer place in the article's context (its
 * countries and regions, the places named near it) and says whether it is where something happens.
 */
package org.sitrep.geo;
