package org.sitrep.web;

import org.sitrep.core.PlaceRole;
import org.sitrep.store.PlaceStatement;

/** A statement naming a place, with the role of that name. */
public record PlaceStatementView(StatementView statement, PlaceRole role) {
    static PlaceStatementView of(PlaceStatement s) {
        return new PlaceStatementView(StatementView.of(s.statement()), s.role());
    }
}
