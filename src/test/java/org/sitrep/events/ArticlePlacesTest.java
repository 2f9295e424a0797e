package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class ArticlePlacesTest {
    private static final Place SARMIN = new Place(163345, "Sarmin", 35.9, 36.72, 'P', "PPL", "SY", "10", "", 14530);
    private static final Place IDLIB = new Place(169388, "Idlib", 35.93, 36.63, 'P', "PPLA", "SY", "10", "", 128840);
    private static final Place SYRIA = new Place(163843, "Syria", 35, 38, 'A', "PCLI", "SY", "", "", 22_000_000);

    private static PlaceMention at(String text, int from, String name, Place place) {
        int begin = text.indexOf(name, from);
        return new PlaceMention(new Span(begin, begin + name.length()), name, place, PlaceRole.SETTING, 0.9);
    }

    @Test
    void theMainPlaceCountsThePlacesASentenceAdds() {
        String text = "Idlib was shelled. Idlib burned. Sarmin was hit. Sarmin again. Sarmin too.";
        ArticlePlaces places = new ArticlePlaces(text, List.of(at(text, 0, "Idlib", IDLIB), at(text, 19, "Idlib", IDLIB),
                at(text, 0, "Sarmin", SARMIN)));
        List<PlaceMention> found = List.of(at(text, 40, "Sarmin", SARMIN), at(text, 50, "Sarmin", SARMIN));
        assertThat(places.main(null, List.of())).get().extracting(PlaceMention::place).isEqualTo(IDLIB);
        assertThat(places.main(null, found)).get().extracting(p -> p.span().begin()).isEqualTo(text.indexOf("Sarmin"));
    }

    @Test
    void aLongArticleIsPlacedSentenceBySentenceInTimeThatGrowsWithItsLength() {
        // Each sentence once looked at every place and entity of the article: a long article took minutes.
        StringBuilder text = new StringBuilder();
        List<Span> sentences = new ArrayList<>();
        List<PlaceMention> named = new ArrayList<>();
        List<LinkedMention> entities = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int begin = text.length();
            text.append("Shelling hit Sarmin and people fled to Kafr Nabl in Syria. ");
            sentences.add(new Span(begin, text.length() - 1));
            named.add(new PlaceMention(new Span(begin + 13, begin + 19), "Sarmin", SARMIN, PlaceRole.SETTING, 0.9));
            named.add(new PlaceMention(new Span(begin + 52, begin + 57), "Syria", SYRIA, PlaceRole.SETTING, 0.9));
            entities.add(new LinkedMention(new Mention(new Span(begin + 39, begin + 48), "Kafr Nabl", EntityType.PERSON),
                    new Entity("person-kafr-nabl", "Kafr Nabl", EntityType.PERSON, null)));
            begin = text.length();
            text.append("Clashes went on. ");
            sentences.add(new Span(begin, text.length() - 1));
        }
        String all = text.toString();
        UnplacedNames unplaced = new UnplacedNames(name -> List.of());
        ArticlePlaces places = new ArticlePlaces(all, named);
        SpanIndex<LinkedMention> people = new SpanIndex<>(entities, e -> e.mention().span());
        List<String> chosen = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sentences.stream()
                .map(s -> EventPlace.of(all, s, null, places, unplaced.in(all, s, people, places)).orElseThrow()
                        .mention().text())
                .toList());
        // A sentence that names no place takes the article's main place.
        assertThat(chosen).hasSize(sentences.size()).containsOnly("Sarmin");
    }
}
