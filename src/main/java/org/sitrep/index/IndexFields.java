package org.sitrep.index;

import org.sitrep.core.InputException;

/** The names of the index's fields, shared by the index, its query parser and its facets. */
final class IndexFields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ENTITIES = "entities";
    /** The names of the places an article names, searched as words ({@code place:Aleppo}). */
    static final String PLACES = "places";
    /** The names of the speakers it quotes, searched as words ({@code speaker:Lavrov}). */
    static final String SPEAKERS = "speakers";
    static final String OUTLET = "outlet";
    static final String OUTLET_KEY = "outlet_key";
    static final String LANGUAGE = "language";
    static final String DAY = "day";
    static final String DAY_SORT = "day_sort";

    private IndexFields() {
    }

    /** The field that a facet's values are filtered by, one untokenised term per value. */
    static String filter(Facet facet) {
        return switch (facet) {
            case OUTLET -> OUTLET_KEY;
            case LANGUAGE -> LANGUAGE;
            case MONTH -> throw new InputException("month", "filter months by the dates from and to, not as a facet");
            default -> "f_" + facet.key();
        };
    }
}
