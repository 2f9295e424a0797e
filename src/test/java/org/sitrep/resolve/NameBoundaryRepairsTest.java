package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class NameBoundaryRepairsTest {
    private static Mention at(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Mention(new Span(at, at + name.length()), name, type);
    }

    private static List<String> names(String text, List<Mention> mentions) {
        return mentions.stream().peek(k -> assertThat(k.span().of(text)).isEqualTo(k.text())).map(k -> k.type() + " " + k.text()).toList();
    }

    @Test
    void splitsTwoSettledPlacesSideBySideIntoTwoPlaces() {
        String text = "Tanta, Egypt: the church in Tanta Egypt was bombed";
        List<Mention> mentions = List.of(at(text, "Tanta", EntityType.LOCATION), at(text, "Egypt", EntityType.LOCATION),
                at(text, "Tanta Egypt", EntityType.LOCATION));
        assertThat(names(text, RunTogetherPlaces.split(text, mentions, Set.of("Tanta", "Egypt")::contains)))
                .containsExactly("LOCATION Tanta", "LOCATION Egypt", "LOCATION Tanta", "LOCATION Egypt");
    }

    @Test
    void keepsAPlaceWhosePartsTheArticleDoesNotNameAlone() {
        String text = "to North Africa, said Africa";
        List<Mention> mentions = List.of(at(text, "North Africa", EntityType.LOCATION), at(text, "Africa", EntityType.LOCATION));
        assertThat(names(text, RunTogetherPlaces.split(text, mentions, Set.of("North", "Africa")::contains)))
                .containsExactly("LOCATION North Africa", "LOCATION Africa");
    }

    @Test
    void keepsAPlaceWhoseWholeNameIsSettled() {
        String text = "flights to Mexico City resumed";
        assertThat(names(text, RunTogetherPlaces.split(text, List.of(at(text, "Mexico City", EntityType.LOCATION)),
                Set.of("Mexico City", "Mexico", "City")::contains))).containsExactly("LOCATION Mexico City");
    }

    @Test
    void extendsABodysNameOverAJoiningWordAndTheCapitalisedWordsAfter() {
        String text = "said the Center for Global Research in International Affairs, an Israeli group";
        assertThat(names(text, BodyNames.extended(text, List.of(at(text, "Center for Global Research", EntityType.ORGANIZATION)))))
                .containsExactly("ORGANIZATION Center for Global Research in International Affairs");
    }

    @Test
    void doesNotExtendABodysNameOverAMonthOrAnotherName() {
        String text = "the Council in March and the Council in Syria said";
        int second = text.lastIndexOf("Council");
        List<Mention> mentions = List.of(at(text, "Council", EntityType.ORGANIZATION),
                new Mention(new Span(second, second + 7), "Council", EntityType.ORGANIZATION), at(text, "Syria", EntityType.LOCATION));
        assertThat(names(text, BodyNames.extended(text, mentions))).containsExactly("ORGANIZATION Council", "ORGANIZATION Council", "LOCATION Syria");
    }

    @Test
    void extendsABodysNameOverAndToOneMoreWordForABody() {
        String text = "the proposed World Trade Center Memorial and Museum, which";
        assertThat(names(text, BodyNames.extended(text, List.of(at(text, "World Trade Center Memorial", EntityType.ORGANIZATION)))))
                .containsExactly("ORGANIZATION World Trade Center Memorial and Museum");
    }

    @Test
    void doesNotExtendABodysNameOverAndToABodyOfSomethingElse() {
        String text = "the Foreign Ministry and Department of State said";
        assertThat(names(text, BodyNames.extended(text, List.of(at(text, "Foreign Ministry", EntityType.ORGANIZATION)))))
                .containsExactly("ORGANIZATION Foreign Ministry");
    }

    @Test
    void joinsACauseGroupsNameOverInToThePlaceOfItsCause() {
        String text = "banned Students for Justice in Palestine from campus";
        List<Mention> mentions = List.of(at(text, "Students for Justice", EntityType.ORGANIZATION), at(text, "Palestine", EntityType.LOCATION));
        assertThat(names(text, BodyNames.joined(text, mentions))).containsExactly("ORGANIZATION Students for Justice in Palestine");
    }

    @Test
    void doesNotJoinABodyOverInToWhereItSits() {
        String text = "the Center for Strategic Studies in Washington said";
        List<Mention> mentions = List.of(at(text, "Center for Strategic Studies", EntityType.ORGANIZATION), at(text, "Washington", EntityType.LOCATION));
        assertThat(names(text, BodyNames.joined(text, mentions)))
                .containsExactly("ORGANIZATION Center for Strategic Studies", "LOCATION Washington");
    }

    @Test
    void joinsANameCutAtAnInitialOverAndToTheBodyItOpens() {
        String text = "now at the John D. and Catherine T. MacArthur Foundation.";
        List<Mention> mentions = List.of(at(text, "John D.", EntityType.ORGANIZATION),
                at(text, "Catherine T. MacArthur Foundation", EntityType.ORGANIZATION));
        assertThat(names(text, BodyNames.joined(text, mentions))).containsExactly("ORGANIZATION John D. and Catherine T. MacArthur Foundation");
    }
}
