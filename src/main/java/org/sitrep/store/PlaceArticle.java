package org.sitrep.store;

import org.sitrep.core.ArticleSummary;
import org.sitrep.core.PlaceRole;

/**
 * An article that names a place.
 *
 * @param mentions how many times it names the place
 * @param role     the strongest role among those names: {@link PlaceRole#SETTING} when any of them is a setting, else
 *                 {@link PlaceRole#ORIGIN} when any is an origin, else {@link PlaceRole#ANALOGY} when any is an
 *                 analogy, else {@link PlaceRole#AFFILIATION}
 */
public record PlaceArticle(ArticleSummary article, long mentions, PlaceRole role) {
}
