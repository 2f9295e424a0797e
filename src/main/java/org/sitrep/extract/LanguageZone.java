package org.sitrep.extract;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The time zone a page's language places its outlet in, where the language says it: German, Dutch, Polish, Italian,
 * Scandinavian and other Central European languages are written in Central European Time, British and Irish English
 * in London's. Pages store a day as its local midnight in UTC ("2021-11-04T23:00Z" for the 5th in Berlin), so a UTC
 * stamp is read in that zone. Languages spoken across oceans (English, Spanish, Portuguese, French outside Europe)
 * say nothing of the zone unless their region does (Canada's, Brazil's, Mexico's).
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

    /**
     * Countries of the Americas, each by the zone most of its outlets write in: their evening is past midnight in UTC
     * ("2020-08-25T00:23Z" for a story of the 24th in Ottawa). Not the United States: "en_US" is the locale content
     * systems set by default, on pages from everywhere.
     */
    private static final Map<String, ZoneId> AMERICAN_REGIONS = Map.of("ca", ZoneId.of("America/Toronto"),
            "br", ZoneId.of("America/Sao_Paulo"), "mx", ZoneId.of("America/Mexico_City"), "ar", ZoneId.of("America/Argentina/Buenos_Aires"),
            "co", ZoneId.of("America/Bogota"), "cl", ZoneId.of("America/Santiago"), "pe", ZoneId.of("America/Lima"));

    /**
     * The zone of the page's language tag: its {@code <html lang>}, else its {@code og:locale}, else its Dublin Core
     * {@code dc.language}, the region read from the first of them that names one for the same language ("fr" beside
     * "fr-ca"); empty when the language does not say.
     */
    static Optional<ZoneId> of(Document doc) {
        Element html = doc.selectFirst("html");
        Element locale = doc.selectFirst("meta[property=og:locale]");
        Element dc = doc.selectFirst("meta[name~=(?i)^dc\\.language$]");
        List<String[]> tags = Stream.of(html == null ? "" : html.attr("lang"),
                locale == null ? "" : locale.attr("content"), dc == null ? "" : dc.attr("content"))
                .map(LanguageZone::tag).filter(t -> !t[0].isEmpty()).toList();
        String language = tags.isEmpty() ? "" : tags.get(0)[0];
        String region = tags.stream().filter(t -> t.length > 1 && t[0].equals(language)).map(t -> t[1]).findFirst().orElse("");
        boolean europeanRegion = CENTRAL_EUROPEAN_REGIONS.contains(region);
        if (CENTRAL_EUROPEAN.contains(language) && (region.isEmpty() || europeanRegion)
                || WORLD_LANGUAGES.contains(language) && europeanRegion) {
            return Optional.of(CENTRAL_EUROPE);
        }
        if (region.equals("gb") || region.equals("ie") || region.equals("uk")) {
            return Optional.of(BRITAIN);
        }
        return Optional.ofNullable(AMERICAN_REGIONS.get(region));
    }

    /** A language tag's parts in lower case: "fr_CA" gives "fr", "ca"; "" gives one empty part. */
    private static String[] tag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]");
    }
}
