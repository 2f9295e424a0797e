package org.sitrep.events;

import java.util.function.Function;
import org.sitrep.core.EventActor;

/**
 * Names sides as ACLED does: "Military Forces of Syria", "Police Forces of Kenya", "Protesters (Morocco)",
 * "Rioters (Palestine)", "Unidentified Armed Group (Mexico)", "Civilians (Sudan)"; a named group by its canonical
 * name. ACLED adds the years of the regime to state forces ("(2000-)"); Sitrep does not know them, so leaves them out.
 */
final class ActorNaming {
    private final Function<String, String> countryName;

    /** @param countryName the English name of an ISO 3166-1 alpha-2 code, empty when unknown */
    ActorNaming(Function<String, String> countryName) {
        this.countryName = countryName;
    }

    /** The side {@code phrase} names, in the country {@code fallbackCountry} when the phrase gives none. */
    EventActor name(ActorPhrase phrase, String fallbackCountry) {
        String code = phrase.country().isEmpty() ? fallbackCountry : phrase.country();
        return new EventActor(name(phrase.role(), phrase.name(), code), phrase.entity());
    }

    /** The side of kind {@code role} in country {@code code} (ISO 3166-1 alpha-2, may be empty). */
    String name(ActorRole role, String canonicalName, String code) {
        String country = code.isEmpty() ? "" : countryName.apply(code);
        return switch (role) {
            case NAMED -> canonicalName;
            case MILITARY -> country.isEmpty() ? "Military Forces" : "Military Forces of " + country;
            case POLICE -> country.isEmpty() ? "Police Forces" : "Police Forces of " + country;
            case PROTESTERS -> withCountry("Protesters", country);
            case RIOTERS -> withCountry("Rioters", country);
            case UNIDENTIFIED -> withCountry("Unidentified Armed Group", country);
            case CIVILIANS -> withCountry("Civilians", country);
        };
    }

    private static String withCountry(String who, String country) {
        return country.isEmpty() ? who : who + " (" + country + ")";
    }
}
