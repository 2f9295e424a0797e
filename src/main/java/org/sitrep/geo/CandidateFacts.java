package org.sitrep.geo;

import org.sitrep.core.Place;

/**
 * What the hand-weighted resolution knows of one candidate of a place name, in the article's context: the numbers a
 * {@link PlaceRanker} turns into features. Distances are in km, {@code Double.NaN} when there is nothing to measure to.
 *
 * @param place              the candidate
 * @param match              how the name met it
 * @param prior              its score before context ({@link PlaceCandidates#prior})
 * @param priorRank          0 for the candidate with the highest prior
 * @param handScore          the hand-weighted score in context; negative infinity when the rules rule it out
 * @param handRank           0 for the rules' choice
 * @param handGap            the rules' choice's score minus this one's (0 for the choice itself)
 * @param populationRank     0 for the most populous candidate
 * @param candidates         how many candidates the name has
 * @param countryShare       the share of the article's other place names and nationality words in its country
 * @param regionShare        the share of the other names in its first-level region
 * @param topCountry         whether its country is the one the article names most (other names and nationality words)
 * @param contained          whether the name is followed by a region or country that holds it ("Paris, Texas")
 * @param support            the support of the other names' likeliest candidates (near it, a region holding it)
 * @param nearestChosenKm    the distance to the nearest place the rules chose for another name (not a country)
 * @param nearestSureKm      the distance to the nearest place of another name that has one candidate, or a sure one
 * @param sameRegionChosen   how many other names' chosen places lie in its first-level region
 * @param nationality        how often the article uses a nationality word of its country
 * @param nameIsUpperCase    whether the name is written in capitals ("PORTLAND")
 * @param othersWithin50Km   how many other names have a candidate (any, not only their likeliest) within 50 km
 * @param othersWithin200Km  how many other names have a candidate within 200 km
 * @param othersHolding      how many other names have a candidate that is a region holding it
 */
public record CandidateFacts(Place place, PlaceCandidate.NameMatch match, double prior, int priorRank, double handScore,
                      int handRank, double handGap, int populationRank, int candidates, double countryShare,
                      double regionShare, boolean topCountry, boolean contained, double support, double nearestChosenKm,
                      double nearestSureKm, int sameRegionChosen, int nationality, boolean nameIsUpperCase,
                             int othersWithin50Km, int othersWithin200Km, int othersHolding) {
}
