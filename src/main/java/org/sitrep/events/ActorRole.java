package org.sitrep.events;

/** What kind of side a phrase names, which decides how ACLED names it. */
enum ActorRole {
    /** A named group or body, named by its canonical name. */
    NAMED,
    /** A state's army, air force or security forces: "Military Forces of X". */
    MILITARY,
    /** A state's police: "Police Forces of X". */
    POLICE,
    PROTESTERS,
    RIOTERS,
    /** Armed people the text does not name: "Unidentified Armed Group (X)". */
    UNIDENTIFIED,
    /**
     * A criminal group the text does not name ("members of a drug trafficking group", "gang members"): ACLED's
     * "Unidentified Gang (X)", apart from armed groups that fight for a cause.
     */
    GANG,
    /**
     * A militia the text names by the place or community it is from ("the Sokoto militia"): ACLED's "Sokoto
     * Communal Militia (Nigeria)", the place being the phrase's name.
     */
    COMMUNAL,
    /**
     * Settlers, who riot as a crowd ("Rioters (Israel)") but who, doing what no crowd does (seizing land, setting up
     * homes), are ACLED's "Settlers (Israel)".
     */
    SETTLERS,
    CIVILIANS;

    /** Whether a side of this kind is the victim rather than the doer when both are in a sentence. */
    boolean isVictim() {
        return this == CIVILIANS;
    }
}
