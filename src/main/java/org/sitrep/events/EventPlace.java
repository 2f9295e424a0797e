package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

/**
 * Chooses where an incident happened among the places of its sentence, with ACLED's geo precision: the first town
 * or district named where something happens (a town named for its countryside or governorate only when no other
 * is), else the first region or country; never the region named after a
 * place to say where that lies ("Wa (Tominian, Segou)"), nor a place named only as an analogy or an origin. A sentence that names none takes the article's main place, less precisely.
 */
final class EventPlace {
    private static final Pattern NEAR = Pattern.compile("(?i)\\b(?:near|outside|outskirts of|around|close to"
            + "|countryside of|vicinity of|north of|south of|east of|west of|(?:north|south|east|west)(?:ern)? "
            + "(?:part of )?)\\s*(?:the\\s+)?(?:city of\\s+|town of\\s+|village of\\s+)?$");

    /**
     * What stands between a place and the region that holds it: "Wa (Tominian, Segou)", "Homs, Syria". The holder
     * only says where the place is; the incident is at the place.
     */
    private static final Pattern CONTAINER = Pattern.compile("\\s*(?:,|\\(|\\([^()]*,)\\s*");

    /**
     * What follows a country named as the side that acts, not where it acts: "US airstrikes", "Russia-backed
     * forces", "Turkish-led troops"; or as where a reporter sits: "the Britain-based Observatory".
     */
    private static final Pattern SIDE_AFTER = Pattern.compile("(?i)\\s*(?:-based\\b|(?:-(?:led|backed)\\s+)?(?:air ?strikes?|air raids?"
            + "|strikes?|raids?|jets|warplanes|planes|aircraft|drones?|forces|troops|soldiers|army|military|navy|shelling"
            + "|artillery|missiles?|rockets?|officials?|government|authorities|police|coalition|regime)\\b)");

    /** A place and ACLED's geo precision for it (1 the place, 2 near it or a district, 3 a region or country). */
    record Chosen(PlaceMention mention, int precision) {
    }

    private EventPlace() {
    }

    /**
     * The place of the incident reported in {@code sentence} of {@code text} (or of caption {@code caption} when
     * that is not {@code null}); empty when neither the sentence nor the article names a place.
     */
    static Optional<Chosen> of(String text, Span sentence, Integer caption, List<PlaceMention> places) {
        return of(text, sentence, caption, new ArticlePlaces(text, places), List.of());
    }

    /**
     * As {@link #of(String, Span, Integer, List)}, over an article's places indexed once and {@code found} places of
     * the text more ({@link UnplacedNames}), which count as if they came after the others.
     */
    static Optional<Chosen> of(String text, Span sentence, Integer caption, ArticlePlaces places, List<PlaceMention> found) {
        List<PlaceMention> named = java.util.stream.Stream.concat(places.settingsWithin(caption, sentence).stream(),
                        found.stream().filter(p -> Objects.equals(p.caption(), caption) && p.role() == PlaceRole.SETTING)
                                .filter(p -> p.span().begin() >= sentence.begin() && p.span().end() <= sentence.end()))
                .filter(p -> !namesASide(text, p))
                .sorted(Comparator.comparingInt(p -> p.span().begin()))
                .toList();
        List<PlaceMention> own = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            int between = named.get(i).span().begin();
            int previousEnd = i == 0 ? between : named.get(i - 1).span().end();
            if (i == 0 || previousEnd > between
                    || !CONTAINER.matcher(text.substring(previousEnd, between)).matches()) {
                own.add(named.get(i));
            } else if (!own.isEmpty() && own.get(own.size() - 1) == named.get(i - 1)
                    && otherCountry(named.get(i - 1).place(), named.get(i).place())) {
                // "New York, Donetsk" read as the American state: the holder says which country the place is in,
                // so a place read in another is a namesake, and the incident is placed at the holder.
                own.set(own.size() - 1, named.get(i));
            }
        }
        // "rockets fired from Gaza toward southern Israel, causing sirens in Ashdod": the attack is where it lands
        List<PlaceMention> landed = own.stream().anyMatch(p -> !namedAsOrigin(text, p))
                ? own.stream().filter(p -> !namedAsOrigin(text, p)).toList() : own;
        List<PlaceMention> where = outsideNamesFirst(text, withinNamedRegions(text, landed, named));
        // "in northern Ar Raqqa countryside coded to Ein Issa district": a town named for the land around it is
        // coarser than a town named as itself
        Optional<PlaceMention> inSentence = where.stream().filter(p -> rank(p.place()) <= 1 && !namedAsRegion(text, p))
                .findFirst().or(() -> where.stream().filter(p -> rank(p.place()) <= 1).findFirst())
                .or(() -> where.stream().findFirst());
        if (inSentence.isPresent() && rank(inSentence.get().place()) == 3) {
            // A headline's "in northwestern Syria" is made precise by the article: its main place in that country.
            String country = inSentence.get().place().country();
            Optional<PlaceMention> main = places.main(caption, found).filter(m -> rank(m.place()) < 3
                    && m.place().country().equals(country));
            if (main.isPresent()) {
                return Optional.of(new Chosen(main.get(), rank(main.get().place()) >= 2 ? 3 : 2));
            }
        }
        if (inSentence.isPresent()) {
            return Optional.of(new Chosen(inSentence.get(), precision(text, inSentence.get())));
        }
        return places.main(caption, found).map(p -> new Chosen(p, rank(p.place()) >= 2 ? 3 : 2));
    }

    /** ACLED's geo precision of {@code p} named where it is in {@code text}: 1 the place, 2 near it or a district, 3 a region. */
    static int precision(String text, PlaceMention p) {
        String before = text.substring(Math.max(0, p.span().begin() - 40), p.span().begin());
        return rank(p.place()) >= 2 ? 3 : NEAR.matcher(before).find() || rank(p.place()) == 1 ? 2 : 1;
    }

    private static boolean otherCountry(Place held, Place holder) {
        return !held.isCountry() && !held.country().isEmpty() && !holder.country().isEmpty()
                && !held.country().equals(holder.country());
    }

    /**
     * The towns of {@code own} that lie in a region the sentence names, when some do and others lie outside every
     * one: "at the Government House, Alausa, Ikeja (Ikeja, Lagos)" read with Alausa resolved to a town in another
     * state is at Ikeja, since the sentence says the place is in Lagos. A town named with a word for a region after
     * it ("in farmlands between Nawa and Sheikh Miskine towns in Dara countryside") names its region too, so that a
     * junction read as a namesake in another province is not the place. Regions and towns whose sentence names no
     * region are kept as they are.
     */
    static List<PlaceMention> withinNamedRegions(String text, List<PlaceMention> own, List<PlaceMention> named) {
        List<Place> regions = named.stream().filter(p -> !p.place().admin1().isEmpty())
                .filter(p -> p.place().isRegion() || isTown(p) && namedAsRegion(text, p))
                .map(PlaceMention::place).toList();
        if (regions.isEmpty() || own.stream().noneMatch(p -> isTown(p) && !inside(p, regions))) {
            return own;
        }
        List<PlaceMention> kept = own.stream().filter(p -> !isTown(p) || inside(p, regions)).toList();
        if (kept.stream().anyMatch(EventPlace::isTown)) {
            return kept;
        }
        // "Alausa, Ikeja (Ikeja, Lagos)": the town inside the region may be the one named to say where the other is
        List<PlaceMention> holders = named.stream().filter(p -> isTown(p) && inside(p, regions)).toList();
        return holders.isEmpty() ? own : holders;
    }

    /** What a text calls a town's region right after the town's name: "Dara countryside", "Homs governorate". */
    private static final Pattern REGION_AFTER = Pattern.compile("(?i)\\s+(?:countryside|governorate|province)\\b");

    private static boolean namedAsRegion(String text, PlaceMention p) {
        return p.span().end() <= text.length()
                && REGION_AFTER.matcher(text).region(p.span().end(), text.length()).lookingAt();
    }

    private static boolean isTown(PlaceMention p) {
        return rank(p.place()) == 0 && !p.place().admin1().isEmpty();
    }

    private static boolean inside(PlaceMention p, List<Place> regions) {
        return regions.stream().anyMatch(r -> holds(r, p.place()));
    }

    /**
     * Whether region {@code r} (first- or second-level, or a town standing for its first-level region) holds place
     * {@code p}, by GeoNames admin codes.
     */
    private static boolean holds(Place r, Place p) {
        if (!r.country().equals(p.country()) || !r.admin1().equals(p.admin1())) {
            return false;
        }
        return r.featureCode().equals("ADM1") || !r.isRegion() || r.admin2().isEmpty() || r.admin2().equals(p.admin2());
    }

    /**
     * What comes before a place named as the tail of a body's or paper's name: "Journal de Saone-et-Loire", "Bank of
     * Baghdad". The word before "of" is capitalised and is no word for a kind of place ("Province of Idlib" names
     * the place itself).
     */
    private static final Pattern NAME_OF = Pattern.compile("(?<![\\p{L}])(?!(?i:" + PlaceChains.KIND
            + "|republic|kingdom|emirate|state)\\b)\\p{Lu}[\\p{L}'’.-]*\\s+(?:of|de|du|del|della|di|des)\\s+(?:the\\s+)?$");

    /**
     * {@code where} with the places named only as part of a body's name put after the others: "striking Journal de
     * Saone-et-Loire employees gathered for a picket line in Dijon" happened in Dijon; the paper's region says only
     * who the strikers are. Order is otherwise kept, and such a place is still taken when no other is named.
     */
    private static List<PlaceMention> outsideNamesFirst(String text, List<PlaceMention> where) {
        return where.stream().sorted(Comparator.comparing((PlaceMention p) -> inAName(text, p))).toList();
    }

    private static boolean inAName(String text, PlaceMention p) {
        return NAME_OF.matcher(text.substring(Math.max(0, p.span().begin() - 40), p.span().begin())).find();
    }

    /** Whether {@code p} is named as where something came from: "fired from Gaza", "from the Gaza Strip". */
    private static boolean namedAsOrigin(String text, PlaceMention p) {
        return FROM.matcher(text.substring(Math.max(0, p.span().begin() - 20), p.span().begin())).find();
    }

    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");

    /** Whether {@code p} names the side that acts or where a reporter sits, rather than a place of the incident. */
    static boolean namesASide(String text, PlaceMention p) {
        return SIDE_AFTER.matcher(text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 30))).lookingAt();
    }

    /** 0 a town, spot or area; 1 a district (second-level region); 2 a first-level region; 3 a country or wider. */
    static int rank(Place p) {
        if (p.isCountry() || p.featureCode().startsWith("CONT") || p.featureClass() == 'H') {
            return 3;
        }
        if (p.featureCode().equals("ADM1")) {
            return 2;
        }
        return p.isRegion() ? 1 : 0;
    }
}
