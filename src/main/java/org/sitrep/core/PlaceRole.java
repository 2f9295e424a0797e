package org.sitrep.core;

import java.util.Locale;

/** What a place name does in its sentence: where something is or happens, or only a comparison or an origin. */
public enum PlaceRole {
    /** Where something is or happens: the default. */
    SETTING,
    /** Named as a comparison ("another Srebrenica"): nothing in the article happened there. */
    ANALOGY,
    /** Named as where someone or something comes from ("a fighter from Chechnya"). */
    ORIGIN,
    /**
     * Named as whose someone or something is, by an adjective of nationality or of a wider region ("Russian forces",
     * "a Chechen fighter", "European leaders"), not where anything happened. A place inside an organisation's name
     * ("Aleppo Media Center") is no place mention at all: the body's name is one name.
     */
    AFFILIATION;

    /** The export's name: "setting", "analogy", "origin", "affiliation". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
