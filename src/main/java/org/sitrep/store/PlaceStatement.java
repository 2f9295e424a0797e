package org.sitrep.store;

import org.sitrep.core.PlaceRole;

/** A statement whose words name a place, with the strongest role of those names (see {@link PlaceArticle#role()}). */
public record PlaceStatement(StatementHit statement, PlaceRole role) {
}
