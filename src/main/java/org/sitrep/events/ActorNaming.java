package org.sitrep.events;

import java.util.Map;
import java.util.function.Function;
import org.sitrep.core.EventActor;

/**
 * Names sides as ACLED does: "Military Forces of Syria", "Police Forces of Kenya", "Protesters (Morocco)",
 * "Rioters (Palestine)", "Unidentified Armed Group (Mexico)", "Unidentified Gang (Brazil)", "Civilians (Sudan)"; a named group by its canonical
 * name. ACLED adds the years of the regime to state forces ("(2000-)"); Sitrep does not know them, so leaves them out.
 */
final class ActorNaming {
    /**
     * ACLED's names for groups where they differ from the knowledge base's canonical ones by more than a prefix or
     * a spelling of the same words (ACLED's actor list: abbreviation first, English name after).
     */
    private static final Map<String, String> ACLED_NAMES = Map.of(
            "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM: Group for Support of Islam and Muslims",
            "Tehrik-i-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan",
            "Al-Aqsa Martyrs' Brigades", "Al Aqsa Martyrs Brigade");

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
            case NAMED -> ACLED_NAMES.getOrDefault(canonicalName, canonicalName);
            case MILITARY -> country.isEmpty() ? "Military Forces" : "Military Forces of " + country;
            case POLICE -> country.isEmpty() ? "Police Forces" : "Police Forces of " + country;
            case PROTESTERS -> withCountry("Protesters", country);
            case RIOTERS -> withCountry("Rioters", country);
            case UNIDENTIFIED -> withCountry("Unidentified Armed Group", country);
            case GANG -> withCountry("Unidentified Gang", country);
            case SETTLERS -> withCountry("Settlers", country);
            case COMMUNAL -> withCountry(canonicalName + " Communal Militia", country);
            case CIVILIANS -> withCountry("Civilians", country);
        };
    }

    private static String withCountry(String who, String country) {
        return country.isEmpty() ? who : who + " (" + country + ")";
    }
}
