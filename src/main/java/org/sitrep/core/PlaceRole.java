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
     * Named by an adjective of nationality or of a wider region ("Russian forces", "a Chechen fighter", "European
     * leaders"): whose or from where, not where anything happened.
     */
    NATIONALITY;

    /** The export's name: "setting", "analogy", "origin", "nationality". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
