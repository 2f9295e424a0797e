package org.sitrep.events;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

/**
 * Names a sentence gives as where something happened that the places stage left without a place, because the
 * tagger took them for a person or a body ("rallied in Alba Iulia", "in Kasra town"): each is placed at the most
 * populous place of its name that lies in a region the sentence names, or failing a region in a country it names.
 * A name the sentence's other places do not vouch for stays unplaced: without them it is as likely a person.
 */
final class UnplacedNames {
    /** A preposition of place right before the name. */
    private static final Pattern INTRODUCED = Pattern.compile("(?i)\\b(?:in|at|near|into)\\s+$");
    /** The kind of place the name is, right after it ("Kasra town"), or inside the mention ("Landi Kotal city"). */
    private static final Pattern KIND = Pattern.compile("(?i)\\s+(?:town|city|village)\\b");
    /** How sure a place found this way is: no surer than the places stage is of a village it places at its district. */
    static final double CONFIDENCE = 0.3;

    private final Function<String, List<Place>> gazetteer;

    /** @param gazetteer the places of a name, empty when none */
    UnplacedNames(Function<String, List<Place>> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The places of {@code sentence} (its span in {@code text}) found among {@code entities} that overlap none of
     * {@code places}; empty when there are none.
     */
    List<PlaceMention> in(String text, Span sentence, List<LinkedMention> entities, List<PlaceMention> places) {
        return in(text, sentence, new SpanIndex<>(entities, e -> e.mention().span()), new ArticlePlaces(text, places));
    }

    /** As {@link #in(String, Span, List, List)}, over an article's entities and places indexed once. */
    List<PlaceMention> in(String text, Span sentence, SpanIndex<LinkedMention> entities, ArticlePlaces places) {
        List<PlaceMention> around = places.settingsWithin(null, sentence);
        if (around.isEmpty()) {
            return List.of();
        }
        return entities.within(sentence).stream().map(LinkedMention::mention)
                .filter(m -> !places.overlapsAny(m.span()))
                .filter(m -> introduced(text, m.span()))
                .flatMap(m -> place(m.text(), around).map(p -> new PlaceMention(m.span(), m.text(), p,
                        PlaceRole.SETTING, CONFIDENCE)).stream())
                .toList();
    }

    private static boolean introduced(String text, Span s) {
        return INTRODUCED.matcher(text.substring(Math.max(0, s.begin() - 10), s.begin())).find()
                || KIND.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 10))).lookingAt()
                || KIND.matcher(text.substring(s.begin(), s.end())).find();
    }

    private Optional<Place> place(String mention, List<PlaceMention> around) {
        String name = KIND.matcher(mention).replaceAll("").strip();
        List<Place> regions = around.stream().map(PlaceMention::place)
                .filter(p -> p.isRegion() && !p.isCountry() && !p.admin1().isEmpty()).toList();
        List<String> countries = around.stream().map(p -> p.place().country()).filter(c -> !c.isEmpty()).toList();
        return gazetteer.apply(name).stream()
                .filter(p -> p.featureClass() == 'P')
                .filter(p -> regions.isEmpty() ? countries.contains(p.country())
                        : regions.stream().anyMatch(r -> r.country().equals(p.country()) && r.admin1().equals(p.admin1())))
                .max(Comparator.comparingLong(Place::population));
    }
}
