package org.sitrep.extract;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The time zone a page's language places its outlet in, where the language says it: German, Dutch, Polish, Italian,
 * Scandinavian and other Central European languages are written in Central European Time, British and Irish English
 * in London's. Pages store a day as its local midnight in UTC ("2021-11-04T23:00Z" for the 5th in Berlin), so a UTC
 * stamp is read in that zone. Languages spoken across oceans (English, Spanish, Portuguese, French outside Europe)
 * say nothing of the zone unless their region does.
 */
final class LanguageZone {
    private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Berlin");
    private static final ZoneId BRITAIN = ZoneId.of("Europe/London");
    private static final Set<String> CENTRAL_EUROPEAN = Set.of("de", "nl", "pl", "it", "cs", "sk", "sl", "hr", "sr", "bs",
            "hu", "da", "sv", "nb", "nn", "no");
    /** Countries in Central European Time, as region subtags ("de-AT", "fr-BE", "cs-CZ"). */
    private static final Set<String> CENTRAL_EUROPEAN_REGIONS = Set.of("at", "ba", "be", "ch", "cz", "de", "dk", "es", "fr",
            "hr", "hu", "it", "lu", "nl", "no", "pl", "rs", "se", "si", "sk");
    /** Languages written on several continents: their region says where the page is. */
    private static final Set<String> WORLD_LANGUAGES = Set.of("en", "es", "fr");

    private LanguageZone() {
    }

    /** The zone of the page's {@code <html lang>}, else its {@code og:locale}; empty when the language does not say. */
    static Optional<ZoneId> of(Document doc) {
        Element html = doc.selectFirst("html");
        String tag = html == null ? "" : html.attr("lang");
        if (tag.isBlank()) {
            Element locale = doc.selectFirst("meta[property=og:locale]");
            tag = locale == null ? "" : locale.attr("content");
        }
        String[] parts = tag.strip().toLowerCase(Locale.ROOT).split("[-_]");
        String language = parts[0];
        String region = parts.length > 1 ? parts[1] : "";
        boolean europeanRegion = CENTRAL_EUROPEAN_REGIONS.contains(region);
        if (CENTRAL_EUROPEAN.contains(language) && (region.isEmpty() || europeanRegion)
                || WORLD_LANGUAGES.contains(language) && europeanRegion) {
            return Optional.of(CENTRAL_EUROPE);
        }
        if (region.equals("gb") || region.equals("ie") || region.equals("uk")) {
            return Optional.of(BRITAIN);
        }
        return Optional.empty();
    }
}
