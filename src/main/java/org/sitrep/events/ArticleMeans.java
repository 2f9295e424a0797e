package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.core.Event;
import org.sitrep.core.EventType;

/**
 * The means of an article's remote violence, read where the article tells them. A headline or a follow-up sentence
 * often names its incident only as "an attack" or "the bombing" ("Syrian children killed in west Aleppo school
 * attack"); the model then finds explosions or remote violence in it but spreads its sub-type over several means and
 * takes the likeliest of weak ones (a chemical weapon). The sentence of the article it is surest of a means in tells
 * them better.
 */
final class ArticleMeans {
    /**
     * Under this probability, a sentence's sub-type is the model's guess among means the sentence does not name (0.11
     * for the chemical weapon of "Syrian children killed in west Aleppo school attack"; 0.46 for the suicide bomb of
     * "45 people were killed ... by suicide bombing", which names its means in a long sentence of other words).
     */
    static final double UNSURE = Double.parseDouble(System.getProperty("sitrep.events.meansUnsure", "0.3"));

    private ArticleMeans() {
    }

    /**
     * {@code events} with each explosion or remote violence whose sub-type the model is unsure of ({@link
     * #UNSURE}) coded to the sub-type of the article's event of that type whose sub-type the model is surest
     * of, when that one is surer; the others unchanged, in the same order.
     *
     * @param evidence the words of an event's sentence
     */
    static List<Event> agreeing(List<Event> events, Function<Event, String> evidence, IncidentClassifier classifier) {
        List<Event> remote = events.stream().filter(e -> e.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE).toList();
        if (remote.size() < 2) {
            return events;
        }
        Event surest = null;
        double surestScore = 0;
        Map<Event, Double> sureness = new HashMap<>();
        for (Event e : remote) {
            double own = IncidentClassifier.score(classifier.scores(evidence.apply(e)), e.subType().label());
            sureness.put(e, own);
            if (own > surestScore) {
                surest = e;
                surestScore = own;
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Double own = sureness.get(e);
            boolean unsure = own != null && own < UNSURE && e != surest && surest.subType() != e.subType();
            out.add(unsure ? e.withSubType(surest.subType()) : e);
        }
        return out;
    }
}
