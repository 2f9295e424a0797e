package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class TaggedSurnamesTest {
    private static Mention at(String text, String name, int from, EntityType type) {
        int begin = text.indexOf(name, from);
        return new Mention(new Span(begin, begin + name.length()), name, type);
    }

    private static List<String> retyped(String text, List<Mention> tagged) {
        return TaggedSurnames.retyped(text, tagged).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void typesAPlaceThatIsTheSurnameOfAPersonNamedInFullAndAloneAsThatPerson() {
        // WikiGold, first half: "Manuel Belgrano ... Belgrano said ... most of Belgrano's army" gave a place Belgrano.
        String text = "Manuel Belgrano led the army. Belgrano said so. Most of Belgrano's army arrived.";
        List<Mention> tagged = List.of(at(text, "Manuel Belgrano", 0, EntityType.PERSON),
                at(text, "Belgrano", 20, EntityType.PERSON), at(text, "Belgrano", 50, EntityType.LOCATION));
        assertThat(retyped(text, tagged)).containsExactly("PERSON Manuel Belgrano", "PERSON Belgrano", "PERSON Belgrano");
    }

    @Test
    void leavesAPlaceTheTaggerNeverCallsAPersonAloneAPlace() {
        String text = "George Washington crossed the river. Washington is the capital.";
        List<Mention> tagged = List.of(at(text, "George Washington", 0, EntityType.PERSON),
                at(text, "Washington", 20, EntityType.LOCATION));
        assertThat(retyped(text, tagged)).containsExactly("PERSON George Washington", "LOCATION Washington");
    }

    @Test
    void leavesASurnamesPlaceThatSomethingIsPutInAPlace() {
        String text = "Abraham Lincoln spoke. Lincoln said so. He lives in Lincoln now.";
        List<Mention> tagged = List.of(at(text, "Abraham Lincoln", 0, EntityType.PERSON),
                at(text, "Lincoln", 20, EntityType.PERSON), at(text, "Lincoln", 45, EntityType.LOCATION));
        assertThat(retyped(text, tagged)).containsExactly("PERSON Abraham Lincoln", "PERSON Lincoln", "LOCATION Lincoln");
    }

    @Test
    void dropsTheKnownPlaceWhereTheTaggerHasThePersonBySurname() {
        String text = "Baltasar Cardenas wrote. Documents from Cardenas came.";
        List<Mention> tagged = List.of(at(text, "Baltasar Cardenas", 0, EntityType.PERSON),
                at(text, "Cardenas", 20, EntityType.PERSON));
        Actor town = new Actor("Cardenas", EntityType.LOCATION, "town", List.of(), null, null, "test", List.of());
        Span lone = tagged.get(1).span();
        List<ActorGazetteer.Match> known = new ArrayList<>(List.of(new ActorGazetteer.Match(lone, town, false)));
        assertThat(TaggedSurnames.withoutSurnames(text, tagged, known)).isEmpty();
    }
}
