package org.sitrep.core;

import java.util.Locale;

/** What a place name does in its sentence: where something is or happens, or only a comparison or an origin. */
public enum PlaceRole {
    /** Where something is or happens: the default. */
    SETTING,
    /** Named as a comparison ("another Srebrenica"): nothing in the article happened there. */
    ANALOGY,
    /** Named as where someone or something comes from ("a fighter from Chechnya"). */
    ORIGIN;

    /** The export's name: "setting", "analogy", "origin". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
