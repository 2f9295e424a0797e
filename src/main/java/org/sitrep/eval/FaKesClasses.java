package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.core.Event;
import org.sitrep.core.GreatCircle;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;

/**
 * Reads an event as FA-KES's crowd coders classed articles: the governorate (Damascus and its countryside are one),
 * one of seven actor classes, one of six causes of death.
 */
final class FaKesClasses {
    /** GeoNames first-level codes of Syria's governorates, as FA-KES names them. */
    private static final Map<String, String> GOVERNORATES = Map.ofEntries(
            Map.entry("01", "hasakeh"), Map.entry("02", "lattakia"), Map.entry("03", "quneitra"),
            Map.entry("04", "raqqa"), Map.entry("05", "sweida"), Map.entry("06", "daraa"),
            Map.entry("07", "deir ezzor"), Map.entry("08", "damascus"), Map.entry("09", "aleppo"),
            Map.entry("10", "hama"), Map.entry("11", "homs"), Map.entry("12", "idlib"), Map.entry("13", "damascus"),
            Map.entry("14", "tartous"));
    /** The seats of Syria's governorates (GeoNames), by first-level code: latitude, longitude. */
    private static final Map<String, double[]> CENTRES = Map.ofEntries(
            Map.entry("01", new double[] {36.50, 40.75}), Map.entry("02", new double[] {35.52, 35.79}),
            Map.entry("03", new double[] {33.13, 35.82}), Map.entry("04", new double[] {35.95, 39.01}),
            Map.entry("05", new double[] {32.71, 36.57}), Map.entry("06", new double[] {32.62, 36.10}),
            Map.entry("07", new double[] {35.34, 40.14}), Map.entry("08", new double[] {33.51, 36.29}),
            Map.entry("09", new double[] {36.20, 37.16}), Map.entry("10", new double[] {35.13, 36.76}),
            Map.entry("11", new double[] {34.73, 36.71}), Map.entry("12", new double[] {35.93, 36.63}),
            Map.entry("14", new double[] {34.89, 35.89}));
    private static final Pattern GOVERNMENT = Pattern.compile(
            "(?i)forces of (syria|russia)|syrian (arab )?army|national defen[cs]e forces|hezbollah|tiger forces"
                    + "|republican guard|shabiha|russian|assad");
    private static final Pattern STATE_ARMED = Pattern.compile("(?i)islamic state|isis|isil|daesh");
    private static final Pattern COALITION = Pattern.compile("(?i)coalition|forces of (united states|france"
            + "|united kingdom|australia|jordan|turkey)");
    private static final Pattern KURDISH = Pattern.compile("(?i)syrian democratic forces|ypg|people's protection"
            + "|kurdish|asayish|self.administration");
    private static final Pattern NUSRA = Pattern.compile("(?i)nusra|fateh al.sham|tahrir al.sham|hts");
    private static final Pattern EXECUTION = Pattern.compile("(?i)execut|behead");

    private FaKesClasses() {
    }

    /**
     * FA-KES's name of the governorate where the article's main event happened: that of the event's place when it
     * lies in Syria below the country; else the one the article's Syrian places (below the country) lie in most
     * often, the first named on a tie, since a report's places cluster where it happened; "none" when there is none.
     */
    static String governorate(Optional<Event> main, List<PlaceMention> places) {
        Optional<String> own = main.map(Event::place).flatMap(p -> governorate(p.place()));
        if (own.isPresent()) {
            return own.get();
        }
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (PlaceMention p : places) {
            governorate(p.place()).ifPresent(g -> {
                if (counts.merge(g, 1, Integer::sum) == 1) {
                    order.add(g);
                }
            });
        }
        return order.stream().max(Comparator.comparingInt((String g) -> counts.get(g))
                .thenComparingInt(g -> -order.indexOf(g))).orElse("none");
    }

    /** FA-KES's name of the governorate {@code p} lies in; empty outside Syria and for Syria itself. */
    static Optional<String> governorate(Place p) {
        if (!p.country().equals("SY") || p.isCountry()) {
            return Optional.empty();
        }
        String code = p.admin1();
        if (code.isEmpty()) {
            // Places of Sitrep's own supplement carry no region code: the nearest governorate's seat stands in.
            code = CENTRES.entrySet().stream().min(Comparator.comparingDouble(c -> GreatCircle.kilometres(
                    c.getValue()[0], c.getValue()[1], p.lat(), p.lon()))).map(Map.Entry::getKey).orElse("");
        }
        return Optional.ofNullable(GOVERNORATES.get(code));
    }

    static String actor(Event e) {
        return actorClass(e.actor1().name());
    }

    /** FA-KES's class of the actor ACLED-style named {@code a}. */
    static String actorClass(String a) {
        if (NUSRA.matcher(a).find()) {
            return "al-nusra front";
        }
        if (STATE_ARMED.matcher(a).find()) {
            return "the organization of the islamic state in iraq and the levant - isis";
        }
        if (KURDISH.matcher(a).find()) {
            return "self administration forces";
        }
        if (COALITION.matcher(a).find()) {
            return "international coalition forces";
        }
        if (GOVERNMENT.matcher(a).find()) {
            return "syrian government or russian troops";
        }
        if (a.toLowerCase(Locale.ROOT).startsWith("unidentified") || a.startsWith("Civilians")
                || a.startsWith("Military Forces") && !a.contains(" of ")) {
            return "unknown";
        }
        return "armed opposition groups";
    }

    /** The cause of death the event's sub-type stands for; {@code evidence} is the sentence that reports it. */
    static String cause(Event e, String evidence) {
        return switch (e.subType()) {
            case AIR_DRONE_STRIKE, SHELLING_ARTILLERY_MISSILE_ATTACK -> "shelling";
            case SUICIDE_BOMB, REMOTE_EXPLOSIVE_LANDMINE_IED, GRENADE -> "explosion";
            case CHEMICAL_WEAPON -> "chemical and toxic gases";
            // A battle's dead fall to every kind of fire; FA-KES's coders mostly left its cause unknown.
            case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY -> "unknown";
            case ATTACK -> EXECUTION.matcher(evidence).find() ? "execution" : "shooting";
            default -> "unknown";
        };
    }
}
