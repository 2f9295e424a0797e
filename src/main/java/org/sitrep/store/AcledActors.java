package org.sitrep.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.core.EventActor;

/**
 * ACLED's numeric actor codes ("inter"), read from the actor's ACLED name where the name tells them: 1 state forces
 * of the event's country, 5 rioters, 6 protesters, 7 civilians, 8 state forces of another country. Rebel groups (2),
 * political militias (3) and identity militias (4) are not told apart by their names, nor state forces of a country
 * named otherwise than in English by Java ("Democratic Republic of Congo"), so they get no code.
 */
final class AcledActors {
    private static final String FORCES_OF = "Forces of ";
    /** ISO 3166-1 alpha-2 codes by lower-case English country name ("syria" → "SY"). */
    private static final Map<String, String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).collect(Collectors.toMap(
            code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code -> code, (a, b) -> a));

    private AcledActors() {
    }

    /**
     * The actor's code, {@code null} when its name does not tell it (or there is no actor).
     *
     * @param country the ISO 3166-1 alpha-2 code of the event's country, {@code null} when unknown: state forces of
     *                another country are external (8)
     */
    static Integer inter(EventActor actor, String country) {
        if (actor == null) {
            return null;
        }
        String name = actor.name();
        if (name.startsWith("Rioters")) {
            return 5;
        }
        if (name.startsWith("Protesters")) {
            return 6;
        }
        if (civilians(actor)) {
            return 7;
        }
        int forces = name.indexOf(FORCES_OF);
        if (forces < 0 || !(name.startsWith("Military") || name.startsWith("Police"))) {
            return null;
        }
        String state = name.substring(forces + FORCES_OF.length()).replaceFirst("\\s*\\(.*$", "").strip();
        String stateCode = COUNTRIES.get(state.toLowerCase(Locale.ROOT));
        if (stateCode == null || country == null) {
            return null;
        }
        return stateCode.equals(country) ? 1 : 8;
    }

    /**
     * ACLED's interaction code: the two actors' codes, lower first ("17"), or the one actor's code and 0 when the event
     * has one actor ("60"); {@code null} when a code is unknown.
     */
    static Integer interaction(Integer inter1, Integer inter2, boolean twoActors) {
        if (inter1 == null || (twoActors && inter2 == null)) {
            return null;
        }
        return twoActors ? Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2) : inter1 * 10;
    }

    static boolean civilians(EventActor actor) {
        return actor != null && actor.name().startsWith("Civilians");
    }
}
