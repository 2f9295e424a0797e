package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Demonyms;
import org.sitrep.core.Place;
import org.sitrep.geo.PlaceCandidate.NameMatch;

/** The places a name may mean, each with a prior from its size, its kind and how well the name matches it. */
final class PlaceCandidates {
    /** At most this many candidates per name go on to be weighed in context: the likeliest by prior. */
    static final int MAX = 40;
    private static final double TOWN_OVER_REGION = 2.5;
    private static final double TOWN_SHARE_OF_REGION = 0.4;
    /** How far a town that holds most of a region's people ({@link #holdsMostOf}) is put ahead of the region. */
    private static final double TOWN_MARGIN = 0.1;
    private static final double COUNTY_WORD_LEFT_OUT = 1.0;
    private static final double WORD_FOR_ACRONYM = 1.5;
    private static final Pattern REGION_WORD = Pattern.compile(
            "(?i)^(?:the\\s+)?(.+?)\\s+(province|governorate|governate|oblast|region|district|county|parish|state|wilayah|"
                    + "prefecture|muhafazah|countryside)$");
    private static final Pattern REGION_OF = Pattern.compile("(?i)^(?:the\\s+)?(province|governorate|region|state|district)\\s+of\\s+(.+)$");
    private static final Pattern FORMAL = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:(?:islamic|democratic|people's|federal|arab|socialist|united)\\s+)*(?:republic|kingdom|state|emirate|sultanate|"
                    + "principality|federation|commonwealth)\\s+of\\s+(?:the\\s+)?(.+)$");
    private static final Pattern ABBREVIATED = Pattern.compile("(?i)^(st|ste|mt|ft|pt)\\.?\\s+");
    /** "Loudon Co.": local news shortens the word county after a name, with a stop; "Co" alone may be a company. */
    private static final Pattern COUNTY_ABBREVIATED = Pattern.compile("\\s+Co\\.$");
    private static final Map<String, String> SPELLED_OUT = Map.of("st", "Saint", "ste", "Sainte", "mt", "Mount",
            "ft", "Fort", "pt", "Point");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,3}");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s|'|\u2019)$");

    private final Gazetteer gazetteer;
    private final Demonyms demonyms = Demonyms.shared();

    PlaceCandidates(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The candidates for {@code name}, likeliest first by prior; empty when the gazetteer knows no such place. */
    List<PlaceCandidate> of(String name) {
        String surface = COUNTY_ABBREVIATED.matcher(POSSESSIVE.matcher(name.strip()).replaceFirst("")).replaceFirst(" County");
        String stem = null;
        Matcher m = REGION_WORD.matcher(surface);
        if (m.matches()) {
            stem = m.group(1);
        } else {
            Matcher of = REGION_OF.matcher(surface);
            if (of.matches()) {
                stem = of.group(2);
            }
        }
        String key = PlaceNames.key(surface);
        Map<Place, PlaceCandidate> found = new LinkedHashMap<>();
        // "Russian", "Canadians": a nationality word given as a place name stands for its country, not for a town
        // that happens to be called so
        // "Kurdish" given as a place is Kurdistan, though as a nationality word it is evidence of Iraq
        demonyms.namedPlace(surface).stream().mapToObj(gazetteer::byId).flatMap(java.util.Optional::stream).forEach(p ->
                found.put(p, new PlaceCandidate(p, NameMatch.NAME, prior(p, NameMatch.NAME, false))));
        if (!found.isEmpty()) {
            return List.copyOf(found.values());
        }
        demonyms.country(surface).flatMap(gazetteer::country).ifPresent(p ->
                found.put(p, new PlaceCandidate(p, NameMatch.NAME, prior(p, NameMatch.NAME, false))));
        demonyms.region(surface).stream().mapToObj(gazetteer::byId).flatMap(java.util.Optional::stream).forEach(p ->
                found.put(p, new PlaceCandidate(p, NameMatch.NAME, prior(p, NameMatch.NAME, false))));
        if (!found.isEmpty()) {
            return List.copyOf(found.values());
        }
        add(found, gazetteer.named(surface), key, stem != null, ACRONYM.matcher(surface).matches());
        if (stem != null) {
            add(found, gazetteer.named(stem), PlaceNames.key(stem), true);
        } else {
            // "Oconee", "Camden and Baker counties", "South Waziristan": a county or district is often named without
            // its word
            for (String suffix : List.of(" County", " Parish", " District")) {
                for (Place p : gazetteer.named(surface + suffix)) {
                    if (p.featureCode().startsWith("ADM2")) {
                        double prior = prior(p, NameMatch.ALTERNATE, false) - COUNTY_WORD_LEFT_OUT;
                        found.putIfAbsent(p, new PlaceCandidate(p, NameMatch.ALTERNATE, prior));
                    }
                }
            }
        }
        if (found.isEmpty()) {
            Matcher formal = FORMAL.matcher(surface);
            if (formal.matches()) {
                add(found, gazetteer.named(formal.group(1)).stream().filter(Place::isCountry).toList(), PlaceNames.key(formal.group(1)), false);
            }
        }
        if (found.isEmpty()) {
            // "St. Kitts and Nevis", "Mt. Hood": GeoNames spells the word out in most names
            Matcher abbreviated = ABBREVIATED.matcher(surface);
            if (abbreviated.find()) {
                String full = abbreviated.replaceFirst(SPELLED_OUT.get(abbreviated.group(1).toLowerCase(java.util.Locale.ROOT)) + " ");
                add(found, gazetteer.named(full), PlaceNames.key(full), stem != null);
            }
        }
        if (found.isEmpty()) {
            for (Place p : gazetteer.namedLoosely(stem != null ? stem : surface)) {
                if (!TransliteratedCountries.contains(p.country())) {
                    continue; // a name of a country written in Latin letters is spelt one way
                }
                found.putIfAbsent(p, new PlaceCandidate(p, NameMatch.LOOSE, prior(p, NameMatch.LOOSE, stem != null)));
            }
        }
        List<PlaceCandidate> out = stem == null ? preferTownsOverTheirRegions(preferTownsOverSmallerRegions(found.values()), key)
                : new ArrayList<>(found.values());
        out.sort(Comparator.comparingDouble(PlaceCandidate::prior).reversed());
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    /**
     * A region named after its seat (the governorates of Aleppo, Homs and Raqqa; a county named after its county
     * town) is meant only when the text says "province", "county" or the like: a bare "Aleppo" is the city. A town
     * that holds most of a region of the name ({@link #holdsMostOf}) is put just ahead of the region.
     *
     * @param key the {@link PlaceNames#key} of the name looked up
     */
    private static List<PlaceCandidate> preferTownsOverTheirRegions(java.util.Collection<PlaceCandidate> found, String key) {
        List<PlaceCandidate> out = new ArrayList<>(found.size());
        for (PlaceCandidate c : found) {
            Place region = c.place();
            // only a seat met by its own name counts: Salem is also called "Oregon", and does not make the state yield
            boolean hasTown = region.isRegion() && found.stream()
                    .anyMatch(t -> t.match() == NameMatch.NAME && isSeatOf(t.place(), region));
            out.add(hasTown ? new PlaceCandidate(region, c.match(), c.prior() - TOWN_OVER_REGION) : c);
        }
        for (int i = 0; i < out.size(); i++) {
            PlaceCandidate town = out.get(i);
            double regionPrior = out.stream().filter(r -> holdsMostOf(town, r.place(), key))
                    .mapToDouble(PlaceCandidate::prior).max().orElse(Double.NEGATIVE_INFINITY);
            if (regionPrior + TOWN_MARGIN > town.prior()) {
                out.set(i, new PlaceCandidate(town.place(), town.match(), regionPrior + TOWN_MARGIN));
            }
        }
        return out;
    }

    /**
     * "Cambridge", "Berea": a region lends the weight of its kind (regions are named more often than villages of the
     * same name) only when no town bearing the name as its own is larger: a district of Western Australia called
     * Cambridge is not named more often than the English city.
     */
    private static java.util.Collection<PlaceCandidate> preferTownsOverSmallerRegions(java.util.Collection<PlaceCandidate> found) {
        long largestTown = found.stream().filter(t -> t.match() == NameMatch.NAME && t.place().featureClass() == 'P')
                .mapToLong(t -> t.place().population()).max().orElse(-1);
        if (largestTown <= 0) {
            return found;
        }
        List<PlaceCandidate> out = new ArrayList<>(found.size());
        for (PlaceCandidate c : found) {
            Place p = c.place();
            double kind = p.isRegion() && p.population() < largestTown ? kind(p.featureCode()) : 0;
            double weight = c.match() == NameMatch.NAME ? kind : kind / 2; // as the prior gave it
            out.add(weight > 0 ? new PlaceCandidate(p, c.match(), c.prior() - weight) : c);
        }
        return out;
    }

    /**
     * Whether {@code town} lies in the region {@code region} and holds at least {@value #TOWN_SHARE_OF_REGION} of
     * its people ("Geneva", "Lagos", "Misrata"): whatever spelling matches, the name means the town as often as the
     * region, so the town takes the region's prior (the seat rule above needs the town's own name, and "Genève" is
     * not "Geneva"; Lagos is no seat of Lagos State). The town must be met by its own name or a spelling of it:
     * Boa Vista, which GeoNames also calls "Roraima", does not make a bare "Roraima" mean the town. On the dev halves the share was as good anywhere from 0.33 to
     * 0.5, and worse on LGL at 0.25.
     */
    private static boolean holdsMostOf(PlaceCandidate candidate, Place region, String key) {
        Place town = candidate.place();
        return town.featureClass() == 'P' && region.isRegion() && region.population() > 0
                && (candidate.match() == NameMatch.NAME || spelledAlike(PlaceNames.key(town.name()), key))
                && town.population() >= TOWN_SHARE_OF_REGION * region.population()
                && town.country().equals(region.country()) && town.admin1().equals(region.admin1())
                && (region.featureCode().startsWith("ADM1") || town.admin2().equals(region.admin2()));
    }

    /**
     * Whether the last words of two name keys open with the same four letters ("Genève" and "Geneva", "Mişrātah" and
     * "Misrata", "Saint Petersburg" and "St. Petersburg").
     */
    private static boolean spelledAlike(String a, String b) {
        String x = a.substring(a.lastIndexOf(' ') + 1);
        String y = b.substring(b.lastIndexOf(' ') + 1);
        return x.length() >= 4 && y.length() >= 4 && x.regionMatches(0, y, 0, 4);
    }

    private static boolean isSeatOf(Place town, Place region) {
        if (!town.country().equals(region.country()) || !town.admin1().equals(region.admin1())) {
            return false;
        }
        return region.featureCode().startsWith("ADM1") ? town.featureCode().equals("PPLA")
                : region.featureCode().startsWith("ADM2") && town.featureCode().equals("PPLA2") && town.admin2().equals(region.admin2());
    }

    private static void add(Map<Place, PlaceCandidate> found, List<Place> places, String key, boolean regionWord) {
        add(found, places, key, regionWord, false);
    }

    /**
     * @param acronym the name is written as an acronym of two or three capitals ("EU", "U.K."): a place whose own
     *                name is an ordinary word ("Eu", a town in Normandy) is rarely meant
     */
    private static void add(Map<Place, PlaceCandidate> found, List<Place> places, String key, boolean regionWord, boolean acronym) {
        for (Place p : places) {
            boolean sameKey = PlaceNames.key(p.name()).equals(key);
            boolean wordForAcronym = acronym && sameKey && !ACRONYM.matcher(p.name()).matches();
            NameMatch match = sameKey && !wordForAcronym ? NameMatch.NAME : NameMatch.ALTERNATE;
            PlaceCandidate c = new PlaceCandidate(p, match, prior(p, match, regionWord) - (wordForAcronym ? WORD_FOR_ACRONYM : 0));
            found.merge(p, c, (a, b) -> a.prior() >= b.prior() ? a : b);
        }
    }

    /**
     * Size and kind of place: countries and regions are named far more often than villages of the same name, and a
     * place named with "province" or "county" is a region.
     */
    static double prior(Place p, NameMatch match, boolean regionWord) {
        double score = 3.0 * Math.log10(p.population() + 1) / 7;
        // a sea or a region wider than a country ("Middle East", "Gulf region") is named as often as a continent
        double kind = p.country().isEmpty() ? kind("CONT") : kind(p.featureCode());
        // a kind of place that is often named lends its weight less when only an alternate name matches: "Tunis"
        // is an old name of Tunisia, and the city is meant
        score += match == NameMatch.NAME ? kind : kind / 2;
        if (PlaceSources.isSupplement(p) || PlaceSources.isWideFeature(p)) {
            score += 0.8; // the supplement holds only places the conflicts name; the wide features, kinds news names
        }
        score += switch (match) {
            case NAME -> 1.0;
            case ALTERNATE -> 0;
            case LOOSE -> -1.5;
        };
        if (regionWord) {
            score += p.isRegion() ? 3 : -2;
        }
        return score;
    }

    /** The weight a kind of place lends a name that matches it: the more often such places are named, the more. */
    private static double kind(String featureCode) {
        return switch (featureCode) {
            case "PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR", "CONT" -> 2.5;
            case "ADM1", "ADM1H" -> 0.6;
            case "ADM2", "ADM2H" -> 0.4;
            case "PPLC" -> 1.6;
            case "PPLA" -> 0.6;
            case "PPLA2" -> 0.0;
            default -> 0;
        };
    }
}
